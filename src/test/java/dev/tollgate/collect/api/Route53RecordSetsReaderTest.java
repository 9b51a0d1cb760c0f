package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.InputReader;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.Route53RecordSet;
import dev.tollgate.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code aws route53 list-resource-record-sets} output read through the real input pipeline. */
class Route53RecordSetsReaderTest {
    static final Path DIR = Path.of("src/test/resources/api-outputs/route53");
    static final String ZONE_FILE = "route53-records-Z0418273ZXQ5RLKN8EJ2.json";
    static final String ARN = "arn:aws:route53:::hostedzone/Z0418273ZXQ5RLKN8EJ2/recordset/";

    private static List<Route53RecordSet> records(Snapshot s) {
        return s.resources().stream().filter(Route53RecordSet.class::isInstance).map(Route53RecordSet.class::cast)
                .sorted(java.util.Comparator.comparing(Route53RecordSet::arn)).toList();
    }

    @Test
    void recordsAreMappedWithTheZoneFromTheSoaRecordAndTheIdFromTheFileName() throws Exception {
        Snapshot s = new InputReader().read(List.of(DIR.resolve(ZONE_FILE)), "210987654321");
        List<Route53RecordSet> r = records(s);
        assertEquals(6, r.size());
        Route53RecordSet api = r.stream().filter(x -> x.recordName().equals("api.shopflow.io")).findFirst().orElseThrow();
        assertEquals(new Route53RecordSet(ARN + "api.shopflow.io/A/primary", "210987654321", "global", "api.shopflow.io",
                Map.of(), "shopflow.io", "Z0418273ZXQ5RLKN8EJ2", "api.shopflow.io", "A",
                "dualstack.shopflow-production-alb-906215834.us-east-1.elb.amazonaws.com", "Z35SXDOTRQ7X7K", null,
                List.of(), "primary"), api);
        assertEquals("shopflow-production-alb-906215834.us-east-1.elb.amazonaws.com", api.target(),
                "the dualstack. prefix is not part of the load balancer's name");
        Route53RecordSet wildcard = r.stream().filter(x -> x.type().equals("CNAME")).findFirst().orElseThrow();
        assertEquals("*.preview.shopflow.io", wildcard.recordName(), "\\052 is Route 53's escape for *");
        assertEquals(List.of("d3k8m2q7xz4n1c.cloudfront.net"), wildcard.values(), "lower case, no trailing dot");
        assertEquals(60L, wildcard.ttl());
        assertEquals("d3k8m2q7xz4n1c.cloudfront.net", wildcard.target());
        Route53RecordSet ns = r.stream().filter(x -> x.type().equals("NS")).findFirst().orElseThrow();
        assertEquals(4, ns.values().size());
        assertNull(ns.target(), "NS records point nowhere");
        Route53RecordSet mx = r.stream().filter(x -> x.type().equals("MX")).findFirst().orElseThrow();
        assertEquals(List.of("10 inbound-smtp.us-east-1.amazonaws.com"), mx.values());
        assertNull(mx.setIdentifier());
        assertTrue(r.stream().allMatch(x -> x.zoneName().equals("shopflow.io")));
        assertEquals(Set.of(Coverage.collected("210987654321", "global", "AWS::Route53::RecordSet",
                "api:" + ZONE_FILE)), Set.copyOf(s.coverage()));
    }

    @Test
    void withoutSoaOrNsTheZoneIsTheCommonSuffixAndTheAccountComesFromTheOtherInputs() throws Exception {
        Path file = DIR.resolve("route53-records-no-zone-id.json");
        SnapshotBuilder out = new SnapshotBuilder();
        new Route53RecordSetsReader().read(file, new ObjectMapper().readTree(file.toFile()), out);
        out.coverage(Coverage.collected("345678901234", "us-east-1", "AWS::EC2::VPC", "config"));
        List<Route53RecordSet> r = records(out.build(null, null));
        assertEquals(2, r.size());
        assertTrue(r.stream().allMatch(x -> x.zoneName().equals("wedsync.com") && x.hostedZoneId() == null
                && x.account().equals("345678901234")));
        assertEquals("arn:aws:route53:::hostedzone/wedsync.com/recordset/green.wedsync.com/A", r.get(0).arn(),
                "without a zone id the pseudo ARN names the zone");
    }

    @Test
    void theReaderAcceptsOnlyRecordSetListings() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertTrue(new Route53RecordSetsReader().accepts(m.readTree("{\"ResourceRecordSets\": []}")));
        assertFalse(new Route53RecordSetsReader().accepts(m.readTree("{\"HostedZones\": []}")));
        assertFalse(new Route53RecordSetsReader().accepts(m.readTree("[]")));
    }

    @Test
    void malformedListingsAreOneLineErrorsNamingTheFile(@TempDir Path tmp) throws Exception {
        Map<String, String> bad = Map.of(
                "{\"ResourceRecordSets\": {}}", "\"ResourceRecordSets\" must be an array",
                "{\"ResourceRecordSets\": []}", "is empty",
                "{\"ResourceRecordSets\": [{\"Type\": \"A\"}]}", "ResourceRecordSets[0] has no Name",
                "{\"ResourceRecordSets\": [{\"Name\": \"a.example.com.\", \"Type\": \"CNAME\", \"TTL\": \"300\"}]}",
                "ResourceRecordSets[0].TTL is \"300\"",
                "{\"ResourceRecordSets\": [{\"Name\": \"a.example.com.\", \"Type\": \"A\", \"AliasTarget\": {\"HostedZoneId\": \"Z2FDTNDATAQYW2\"}}]}",
                "ResourceRecordSets[0].AliasTarget has no DNSName",
                "{\"ResourceRecordSets\": [{\"Name\": \"a.example.com.\", \"Type\": \"SOA\"}], \"IsTruncated\": true, \"NextRecordName\": \"b.example.com.\"}",
                "truncated");
        int i = 0;
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path f = tmp.resolve("records-" + i++ + ".json");
            Files.writeString(f, e.getKey());
            InputException ex = assertThrows(InputException.class, () -> new InputReader().read(List.of(f), "111122223333"));
            assertTrue(ex.getMessage().contains(f.getFileName().toString()), ex.getMessage());
            assertTrue(ex.getMessage().contains(e.getValue()), ex.getMessage() + " should contain " + e.getValue());
            assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
        }
        Set<String> seen = bad.values().stream().collect(Collectors.toSet());
        assertEquals(6, seen.size());
    }

    /**
     * With --max-items the AWS CLI paginates itself and prints {@code NextToken} (not IsTruncated): the listing is one
     * page only and must be refused like a truncated one, or missing records would look absent (TG-DNS-002).
     */
    @Test
    void aCliPageWithNextTokenIsRefused(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("route53-Z0418273ZXQ5RLKN8EJ2.json");
        Files.writeString(f, "{\"ResourceRecordSets\": [{\"Name\": \"example.com.\", \"Type\": \"SOA\", \"TTL\": 900, "
                + "\"ResourceRecords\": [{\"Value\": \"ns-1.awsdns-1.org. hostmaster. 1 7200 900 1209600 86400\"}]}], "
                + "\"NextToken\": \"eyJTdGFydFJlY29yZE5hbWUiOiBudWxsfQ==\"}");
        InputException ex = assertThrows(InputException.class, () -> new InputReader().read(List.of(f), "111122223333"));
        assertTrue(ex.getMessage().contains(f.getFileName().toString()), ex.getMessage());
        assertTrue(ex.getMessage().contains("NextToken"), ex.getMessage());
        assertFalse(ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
    }
}
