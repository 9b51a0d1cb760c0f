package dev.tollgate.evaluate;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles DRL files (bundled and user folders) into a {@link RuleSet} with Drools' executable model,
 * and validates the catalogue: every rule carries a permanent id, title, known severity, resource type,
 * description and remediation as DRL annotations; ids are unique. Problems are reported as file:line.
 */
public final class RuleLoader {
    private final Path cacheDir;

    /** A loader without a compile cache. */
    public RuleLoader() {
        this(null);
    }

    /**
     * @param cacheDir where compiled rule modules are kept, keyed by a hash of the DRL sources and the
     *                 tool build (null: no cache). A damaged cache entry is ignored and rebuilt.
     */
    public RuleLoader(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** Annotations every rule must carry. */
    public static final List<String> REQUIRED = List.of("id", "title", "severity", "resourceType", "description",
            "remediation");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^\\s*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Set<String> KNOWN = Set.of("id", "title", "severity", "resourceType", "requires",
            "description", "remediation");

    public RuleSet load(List<RuleSource> sources) throws RuleLoadException {
        KieServices ks = KieServices.Factory.get();
        String hash = hash(sources);
        ReleaseId releaseId = ks.newReleaseId("dev.tollgate.rules", "rules-" + hash, "1.0.0");
        Path cached = cacheDir == null ? null : cacheDir.resolve("rules-" + hash + ".jar");
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(Files.readAllBytes(cached)));
                KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
                return new RuleSet(kieBase, catalogue(kieBase, sources));
            } catch (IOException | RuntimeException e) {
                // a damaged or incompatible cache entry: compile afresh below
                if (System.getenv("TOLLGATE_DEBUG_CACHE") != null) {
                    e.printStackTrace();
                }
            }
        }
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // an explicit module descriptor, so a cached module can be read back
        KieModuleModel module = ks.newKieModuleModel();
        module.newKieBaseModel("tollgate").setDefault(true).addPackage("*")
                .setEqualsBehavior(EqualityBehaviorOption.IDENTITY)
                .newKieSessionModel("tollgate-session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        Map<String, RuleSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource s = sources.get(i);
            String path = "src/main/resources/r" + i + "/" + s.name().replaceAll("[^A-Za-z0-9_.-]", "_");
            byPath.put(path.substring("src/main/resources/".length()), s);
            kfs.write(path, s.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw toException(errors, byPath, sources);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        RuleSet set = new RuleSet(kieBase, catalogue(kieBase, sources));
        if (cached != null) {
            store(cached, ((InternalKieModule) builder.getKieModule()).getBytes(), module.toXML());
        }
        return set;
    }

    /** Writes a cache entry atomically; a cache that cannot be written is simply not used. */
    private static void store(Path cached, byte[] bytes, String kmoduleXml) {
        try {
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), "rules-", ".tmp");
            // the module's bytes leave out its descriptor, which reading it back requires
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes));
                 var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(tmp))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (!e.getName().equals("META-INF/kmodule.xml")) {
                        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                        in.transferTo(out);
                        out.closeEntry();
                    }
                }
                out.putNextEntry(new java.util.zip.ZipEntry("META-INF/kmodule.xml"));
                out.write(kmoduleXml.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune(cached);
        } catch (IOException | RuntimeException e) {
            // no cache: the next run compiles again
            if (System.getenv("TOLLGATE_DEBUG_CACHE") != null) {
                e.printStackTrace();
            }
        }
    }

    /** Drops cache entries of other rule sets or builds not written for a week. */
    private static void prune(Path keep) throws IOException {
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofDays(7));
        try (var entries = Files.list(keep.getParent())) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (!p.equals(keep) && n.startsWith("rules-") && n.endsWith(".jar")
                        && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static RuleLoadException toException(List<Message> errors, Map<String, RuleSource> byPath,
                                                 List<RuleSource> sources) {
        // The first error that names a file; Drools adds a trailing "Parser returned a null Package" we skip.
        Message pick = errors.stream().filter(m -> !m.getText().contains("null Package")).findFirst()
                .orElse(errors.get(0));
        RuleSource src = pick.getPath() == null ? null : byPath.get(pick.getPath());
        if (src == null && sources.size() == 1) {
            src = sources.get(0);
        }
        String text = pick.getText().split("\n")[0];
        int line = pick.getLine();
        if (line <= 0 && src != null) {
            line = locate(src, text);
        }
        String more = errors.size() > 1 ? " (" + (errors.size() - 1) + " more error(s))" : "";
        return new RuleLoadException(src == null ? String.valueOf(pick.getPath()) : src.name(), line,
                text.replaceAll("^\\[ERR \\d+] Line \\d+:\\d+ ", "") + more);
    }

    /** Errors from the executable-model compiler often lack a line: find the fragment they quote. */
    static int locate(RuleSource src, String message) {
        int colon = message.lastIndexOf(": ");
        if (colon >= 0) {
            int line = src.lineOf(message.substring(colon + 2).trim());
            if (line > 0) {
                return line;
            }
        }
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(message);
        while (m.find()) {
            int line = src.lineOf("rule \"" + m.group(1) + "\"");
            if (line > 0) {
                return line;
            }
        }
        for (String token : message.split("[\\s:()'\"]+")) {
            if (token.length() > 3) {
                int line = src.lineOf(token);
                if (line > 0) {
                    return line;
                }
            }
        }
        return -1;
    }

    private static List<RuleMeta> catalogue(KieBase kieBase, List<RuleSource> sources) throws RuleLoadException {
        List<RuleMeta> out = new ArrayList<>();
        Map<String, RuleMeta> ids = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleSource src = sourceOf(rule.getName(), sources);
                String file = src == null ? pkg.getName() : src.name();
                int line = src == null ? -1 : declLine(src, rule.getName());
                Map<String, Object> md = rule.getMetaData();
                for (String key : md.keySet()) {
                    if (!KNOWN.contains(key)) {
                        throw new RuleLoadException(file, line, "rule \"" + rule.getName() + "\": unknown annotation @"
                                + key + " (known: " + KNOWN.stream().sorted().toList() + ")");
                    }
                }
                for (String key : REQUIRED) {
                    if (value(md, key) == null || value(md, key).isBlank()) {
                        throw new RuleLoadException(file, line, "rule \"" + rule.getName() + "\" lacks @" + key
                                + "(...): every rule needs " + REQUIRED.stream().map(k -> "@" + k).toList());
                    }
                }
                String id = value(md, "id");
                if (!ID.matcher(id).matches()) {
                    throw new RuleLoadException(file, line, "rule \"" + rule.getName() + "\": id \"" + id
                            + "\" is not of the form PREFIX-FAMILY-NNN (upper case, dash separated)");
                }
                Severity sev = Severity.parse(value(md, "severity"));
                if (sev == null) {
                    throw new RuleLoadException(file, line, "rule \"" + rule.getName() + "\": unknown severity \""
                            + value(md, "severity") + "\" (critical, high, medium, low, info)");
                }
                String type = value(md, "resourceType");
                String req = value(md, "requires");
                List<String> requires = req == null ? List.of(type)
                        : Arrays.stream(req.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                RuleMeta meta = new RuleMeta(id, rule.getName(), value(md, "title"), sev, type, requires,
                        value(md, "description"), value(md, "remediation"), file);
                RuleMeta dup = ids.put(id, meta);
                if (dup != null) {
                    throw new RuleLoadException(file, line, "rule id " + id + " is used twice (also by rule \""
                            + dup.name() + "\" in " + dup.source() + "); ids are permanent and unique");
                }
                out.add(meta);
            }
        }
        out.sort(Comparator.comparing(RuleMeta::id));
        return out;
    }

    /** An annotation's value without the quotes DRL keeps around it. */
    private static String value(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\\\"", "\"").replaceAll("\\s+", " ").trim();
    }

    private static RuleSource sourceOf(String ruleName, List<RuleSource> sources) {
        return sources.stream().filter(s -> declLine(s, ruleName) > 0).findFirst().orElse(null);
    }

    private static int declLine(RuleSource s, String ruleName) {
        Matcher m = RULE_DECL.matcher(s.text());
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (ruleName.equals(name)) {
                return s.lineAt(m.start(1));
            }
        }
        return -1;
    }

    /** When the code this loader belongs to was built (jar or classes folder mtime). */
    private static long buildStamp() {
        try {
            java.net.URL loc = RuleLoader.class.getProtectionDomain().getCodeSource().getLocation();
            return Files.getLastModifiedTime(Path.of(loc.toURI())).toMillis();
        } catch (Exception e) {
            return 0;
        }
    }

    private static String hash(List<RuleSource> sources) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RuleSource s : sources) {
                md.update(s.name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(s.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            // compiled modules reference our fact classes: a new build invalidates the cache
            md.update(String.valueOf(RuleLoader.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
            md.update(String.valueOf(buildStamp()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
