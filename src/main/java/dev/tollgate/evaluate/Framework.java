package dev.tollgate.evaluate;

import java.util.List;

/**
 * One framework edition's mapping (read from {@code rules/frameworks/<id>.yaml}, the single source of truth):
 * every requirement of the edition, each with the rule ids that check it. A requirement no rule maps to is
 * listed all the same: it is reported as not covered, never as passing.
 *
 * @param id           stable id of the edition, e.g. {@code pci-dss-4.0} (used in JSON refs {@code id:requirement})
 * @param name         display name, e.g. {@code PCI DSS}
 * @param version      edition, e.g. {@code 4.0}
 * @param tag          prefix of SARIF tags, e.g. {@code PCI-DSS-4.0} (tag {@code PCI-DSS-4.0/1.3.1})
 * @param url          where the standard is published (optional)
 * @param source       file the mapping came from, e.g. {@code rules/frameworks/pci-dss-4.0.yaml}
 * @param requirements every requirement of the edition, in file order
 */
public record Framework(String id, String name, String version, String tag, String url, String source,
                        List<Requirement> requirements) {
    public Framework {
        requirements = List.copyOf(requirements);
    }

    /**
     * One requirement (control, criterion, recommendation) of the edition.
     *
     * @param title  a short paraphrase (never the standard's own text)
     * @param rules  the rule ids that check it (empty: not covered)
     * @param reason why no rule covers it (optional, for uncovered requirements)
     * @param line   1-based line of the entry in its file (for error messages), -1 when unknown
     */
    public record Requirement(String id, String title, List<String> rules, String reason, int line) {
        public Requirement {
            rules = List.copyOf(rules);
        }

        /** Whether some rule maps to it. */
        public boolean covered() {
            return !rules.isEmpty();
        }
    }

    /** The JSON ref of a requirement: {@code pci-dss-4.0:1.3.1}. */
    public String ref(Requirement r) {
        return id + ":" + r.id();
    }

    /** The SARIF tag of a requirement: {@code PCI-DSS-4.0/1.3.1}. */
    public String tag(Requirement r) {
        return tag + "/" + r.id();
    }
}
