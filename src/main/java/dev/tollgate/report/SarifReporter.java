package dev.tollgate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.FrameworkResult;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code tollgate.sarif}: SARIF 2.1.0 for IDEs and code scanning, built as a Jackson tree.
 * One run; a result per finding (never per not-assessed item: those are listed in
 * {@code run.properties.notAssessed}); the ARN is the logical location, {@link ArtifactPaths} the physical one.
 * Each rule's {@code properties.tags} carry its framework requirements ({@code PCI-DSS-4.0/1.3.1}) and
 * {@code properties.frameworks} the same as objects; {@code run.properties.frameworks} the per-framework summary.
 * A {@code gate} run's deployment calendar decision is in {@code run.invocations[0].properties.deployment}
 * (the same object as in the JSON result).
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/tollgate-scanner/tollgate";
    /** Key of the partial fingerprint: sha256 of {@code ruleId|arn}. */
    public static final String FINGERPRINT = "tollgate/v1";

    private final ObjectMapper mapper = ReportJson.mapper();
    private final ObjectWriter writer = ReportJson.prettyWriter(mapper);

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public String render(ScanResult result) throws IOException {
        return writer.writeValueAsString(toSarif(result)) + "\n";
    }

    /** The SARIF log as a JSON tree. */
    public ObjectNode toSarif(ScanResult r) {
        List<RuleMeta> rules = catalogue(r);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        rules.forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));

        ObjectNode driver = mapper.createObjectNode();
        put(driver, "name", r.tool() == null ? ScanResult.TOOL : r.tool());
        put(driver, "version", r.toolVersion());
        put(driver, "semanticVersion", r.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode ruleNodes = driver.putArray("rules");
        Map<String, List<FrameworkResult.Ref>> refs = r.frameworkRefs();
        rules.forEach(rule -> ruleNodes.add(rule(rule, refs.getOrDefault(rule.id(), List.of()))));

        ObjectNode run = mapper.createObjectNode();
        run.putObject("tool").set("driver", driver);
        String environment = r.environment() == null || r.environment().name() == null
                ? "default" : r.environment().name();
        run.putObject("automationDetails").put("id", ScanResult.TOOL + "/" + environment + "/");
        ObjectNode invocation = run.putArray("invocations").addObject().put("executionSuccessful", true);
        if (r.deployment() != null) {
            invocation.putObject("properties").set("deployment", mapper.valueToTree(r.deployment()));
        }
        ArrayNode results = run.putArray("results");
        r.findings().forEach(f -> results.add(result(f, ruleIndex.get(f.ruleId()))));
        run.set("properties", runProperties(r, environment));

        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.putArray("runs").add(run);
        return log;
    }

    /** The rule catalogue, plus a stub for any finding whose rule is missing from it (so every ruleId resolves). */
    private static List<RuleMeta> catalogue(ScanResult r) {
        List<RuleMeta> rules = new ArrayList<>(r.rules());
        Set<String> known = new LinkedHashSet<>();
        rules.forEach(rule -> known.add(rule.id()));
        for (Finding f : r.findings()) {
            if (known.add(f.ruleId())) {
                rules.add(new RuleMeta(f.ruleId(), f.ruleId(), f.title(), f.severity(), f.resourceType(),
                        List.of(), null, null, null));
            }
        }
        return rules;
    }

    private ObjectNode rule(RuleMeta rule, List<FrameworkResult.Ref> refs) {
        String title = firstNonBlank(rule.title(), rule.name(), rule.id());
        ObjectNode n = mapper.createObjectNode();
        n.put("id", rule.id());
        n.put("name", pascalCase(firstNonBlank(rule.name(), title)));
        n.putObject("shortDescription").put("text", title);
        n.putObject("fullDescription").put("text", firstNonBlank(rule.description(), title));
        String remediation = firstNonBlank(rule.remediation(), "No remediation documented for " + rule.id() + ".");
        n.putObject("help").put("text", remediation).put("markdown", remediation);
        n.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode props = n.putObject("properties");
        Set<String> tags = new LinkedHashSet<>();
        tags.add("security");
        if (rule.resourceType() != null) {
            tags.add(rule.resourceType());
        }
        refs.forEach(ref -> tags.add(ref.sarifTag()));
        tags.forEach(props.putArray("tags")::add);
        props.put("security-severity", securitySeverity(rule.severity()));
        props.put("precision", "high");
        props.put("problem.severity", problemSeverity(rule.severity()));
        if (!refs.isEmpty()) {
            ArrayNode frameworks = props.putArray("frameworks");
            for (FrameworkResult.Ref ref : refs) {
                frameworks.addObject().put("framework", ref.framework()).put("name", ref.name())
                        .put("version", ref.version()).put("requirement", ref.requirement()).put("title", ref.title())
                        .put("tag", ref.sarifTag());
            }
        }
        return n;
    }

    private ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode n = mapper.createObjectNode();
        n.put("ruleId", f.ruleId());
        n.put("ruleIndex", ruleIndex);
        n.put("level", level(f.severity()));
        n.putObject("message").put("text", firstNonBlank(f.message(), f.title(), f.ruleId() + " failed on " + f.resourceArn()));
        ObjectNode location = n.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", ArtifactPaths.of(f.resourceArn(), f.account(), f.region()));
        physical.putObject("region").put("startLine", 1);
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        put(logical, "fullyQualifiedName", f.resourceArn());
        put(logical, "name", f.resourceName());
        logical.put("kind", "resource");
        n.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(f.ruleId(), f.resourceArn()));
        ObjectNode props = n.putObject("properties");
        put(props, "severity", f.severity() == null ? null : f.severity().label());
        put(props, "account", f.account());
        put(props, "region", f.region());
        put(props, "resourceType", f.resourceType());
        props.set("evidence", mapper.valueToTree(f.evidence()));
        return n;
    }

    private ObjectNode runProperties(ScanResult r, String environment) {
        ObjectNode props = mapper.createObjectNode();
        props.put("environment", environment);
        put(props, "asOf", r.asOf() == null ? null : r.asOf().toString());
        put(props, "capturedAt", r.capturedAt() == null ? null : r.capturedAt().toString());
        props.set("gate", mapper.valueToTree(r.gate()));
        props.put("notAssessedCount", r.notAssessed().size());
        props.set("notAssessed", mapper.valueToTree(r.notAssessed()));
        if (!r.frameworks().isEmpty()) {
            ArrayNode frameworks = props.putArray("frameworks");
            for (FrameworkResult f : r.frameworks()) {
                ObjectNode fw = frameworks.addObject().put("id", f.id()).put("name", f.name()).put("version", f.version());
                fw.set("summary", mapper.valueToTree(f.summary()));
            }
        }
        return props;
    }

    /** sha256 hex of {@code ruleId + "|" + arn}: stable across runs, distinct per (rule, resource). */
    public static String fingerprint(String ruleId, String arn) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ruleId + "|" + arn).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** SARIF level: critical/high error, medium warning, low/info note. */
    static String level(Severity s) {
        return switch (s == null ? Severity.INFO : s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** GitHub's problem.severity: error, warning or recommendation. */
    static String problemSeverity(Severity s) {
        String level = level(s);
        return level.equals("note") ? "recommendation" : level;
    }

    /** GitHub's security-severity score (a number as a string): critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0. */
    static String securitySeverity(Severity s) {
        return switch (s == null ? Severity.INFO : s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }

    /** {@code "s3-bucket public read"} → {@code "S3BucketPublicRead"}. */
    static String pascalCase(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("[^\\p{Alnum}]+")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.isEmpty() ? "Rule" : out.toString();
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
