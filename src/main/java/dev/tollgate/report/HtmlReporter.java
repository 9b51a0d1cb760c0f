package dev.tollgate.report;

import dev.tollgate.evaluate.DeployCalendar;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.Gate;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code tollgate.html}: one self-contained offline page (inline CSS and JS, a strict CSP, no network loads),
 * rendered from {@code tollgate/report/report.peb} with Pebble's HTML auto-escaping on. Everything from AWS
 * is printed only through auto-escaped expressions; the filter script reads data from the DOM.
 * This class computes the view (chart geometry, rows with their rule's remediation); the template only prints.
 */
public final class HtmlReporter implements Reporter {
    static final String TEMPLATE = "report.peb";

    private final PebbleEngine engine;

    public HtmlReporter() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReporter.class.getClassLoader());
        loader.setPrefix("tollgate/report");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .newLineTrimming(true)
                .build();
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public String render(ScanResult result) throws IOException {
        PebbleTemplate template = engine.getTemplate(TEMPLATE);
        StringWriter out = new StringWriter();
        template.evaluate(out, context(result));
        return out.toString();
    }

    private static Map<String, Object> context(ScanResult r) {
        Map<String, RuleMeta> rules = r.rules().stream()
                .collect(Collectors.toMap(RuleMeta::id, Function.identity(), (a, b) -> a));
        Map<String, Object> context = new HashMap<>();
        context.put("scan", r);
        context.put("gate", GateView.of(r.gate()));
        if (r.deployment() != null) {
            context.put("deployment", DeploymentView.of(r.deployment()));
        }
        context.put("chart", Chart.of(r.countsBySeverity()));
        context.put("severities", Arrays.stream(Severity.values()).map(Severity::label).toList());
        context.put("rows", r.findings().stream().map(f -> Row.of(f, rules.get(f.ruleId()))).toList());
        context.put("findingRuleIds", List.copyOf(r.findings().stream().map(Finding::ruleId)
                .collect(Collectors.toCollection(LinkedHashSet::new))));
        context.put("informationUri", SarifReporter.INFORMATION_URI);
        return context;
    }

    /** The gate banner: decision, CSS class and threshold. */
    public record GateView(String decision, String cssClass, String failOn, long blockingFindings, long notAssessed) {
        static GateView of(Gate gate) {
            if (gate == null) {
                return new GateView("NO GATE", "none", "-", 0, 0);
            }
            String decision = gate.decision().name();
            return new GateView(decision, decision.toLowerCase(java.util.Locale.ROOT),
                    gate.failOn() == null ? "-" : gate.failOn().label(), gate.blockingFindings(), gate.notAssessed());
        }
    }

    /**
     * The deployment banner of a gate run: headline, CSS class (pass, fail; incomplete-coloured when an emergency
     * override lifted a calendar block) and the decision itself.
     */
    public record DeploymentView(String headline, String cssClass, DeployCalendar.Decision decision) {
        static DeploymentView of(DeployCalendar.Decision d) {
            if (!d.allowed()) {
                return new DeploymentView("DEPLOYMENT NOT ALLOWED", "fail", d);
            }
            return d.calendarAllows() ? new DeploymentView("DEPLOYMENT ALLOWED", "pass", d)
                    : new DeploymentView("DEPLOYMENT ALLOWED BY EMERGENCY OVERRIDE", "incomplete", d);
        }
    }

    /** The server-side SVG bar chart: numbers only. */
    public record Chart(int width, int height, List<Bar> bars) {
        static final int ROW = 26;
        static final int LABEL = 80;
        static final int BAR_MAX = 300;

        static Chart of(Map<Severity, Long> counts) {
            long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
            List<Bar> bars = Arrays.stream(Severity.values()).map(s -> {
                long count = counts.getOrDefault(s, 0L);
                int y = s.ordinal() * ROW;
                return new Bar(s.label(), count, LABEL, y + 4, (int) Math.round(BAR_MAX * (double) count / max),
                        ROW - 8, y + ROW / 2 + 5);
            }).toList();
            return new Chart(LABEL + BAR_MAX + 60, ROW * bars.size(), bars);
        }
    }

    /** One bar: x/y/width/height of the rectangle and the baseline of its text. */
    public record Bar(String severity, long count, int x, int y, int width, int height, int textY) {
        public int countX() {
            return x + width + 6;
        }
    }

    /** A findings-table row: the finding plus its rule's remediation. */
    public record Row(Finding finding, String severity, String remediation, List<Evidence> evidence) {
        static Row of(Finding f, RuleMeta rule) {
            List<Evidence> evidence = f.evidence().entrySet().stream()
                    .map(e -> new Evidence(e.getKey(), e.getValue())).toList();
            return new Row(f, f.severity() == null ? "info" : f.severity().label(),
                    rule == null ? null : rule.remediation(), evidence);
        }
    }

    /** One evidence entry. */
    public record Evidence(String key, String value) {
    }
}
