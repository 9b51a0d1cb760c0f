package dev.tollgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled profiles' values of elb.healthChecks (TG-ELB-005) and cost.requiredBudgetAlerts (TG-CST-001) are well
 * formed: a malformed entry would only show up as "not assessed" in a scan.
 */
class LbCostProfileValuesTest {
    static final Pattern HEALTH_CHECK = Pattern.compile("[^=\\s]+=(HTTP|HTTPS|TCP|TLS|UDP|TCP_UDP|GENEVE):[^:]*:\\d+:\\d+:\\d+");
    static final Pattern BUDGET_ALERT = Pattern.compile("(DAILY|MONTHLY|QUARTERLY|ANNUALLY)=\\d+(\\.\\d+)?");

    @Test
    void bundledEntriesAreWellFormed() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> bad = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.list(Path.of("rules/profiles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("-production.yaml")).sorted().toList()) {
                JsonNode params = yaml.readTree(f.toFile()).path("parameters");
                for (JsonNode e : params.path("elb.healthChecks")) {
                    seen++;
                    if (!HEALTH_CHECK.matcher(e.asText()).matches()) {
                        bad.add(f + ": elb.healthChecks " + e.asText());
                    }
                }
                for (JsonNode e : params.path("cost.requiredBudgetAlerts")) {
                    seen++;
                    if (!BUDGET_ALERT.matcher(e.asText()).matches()) {
                        bad.add(f + ": cost.requiredBudgetAlerts " + e.asText());
                    }
                }
            }
        }
        assertTrue(seen >= 3, "the WedSync profile sets these parameters");
        assertEquals(List.of(), bad);
    }

    @Test
    void thePatternsRejectTypos() {
        assertFalse(HEALTH_CHECK.matcher("wedsync-*=HTTP:/api/health:30s:3:2").matches());
        assertFalse(BUDGET_ALERT.matcher("MONTLY=90").matches());
        assertTrue(HEALTH_CHECK.matcher("wedsync-*=HTTP:/api/health:30:3:2").matches());
    }
}
