package dev.tollgate.collect.api;

import dev.tollgate.collect.InputException;
import dev.tollgate.collect.InputReader;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.TargetGroup;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Cloud Control listing of target groups, alone and combined with describe-target-groups. */
class CloudControlTargetGroupsReaderTest {
    static final Path DIR = Path.of("src/test/resources/api-outputs/cloudcontrol");
    static final String BLUE = "arn:aws:elasticloadbalancing:us-east-1:345678901234:targetgroup/wedsync-blue-tg/1f3a5c7e9b2d4f60";
    static final String GREEN = "arn:aws:elasticloadbalancing:us-east-1:345678901234:targetgroup/wedsync-green-tg/6c8e0a2b4d1f3e75";

    private static List<TargetGroup> groups(Snapshot s) {
        return s.resources().stream().filter(TargetGroup.class::isInstance).map(TargetGroup.class::cast).toList();
    }

    private static TargetGroup group(Snapshot s, String arn) {
        return groups(s).stream().filter(g -> g.arn().equals(arn)).findFirst().orElseThrow();
    }

    @Test
    void listResourcesGivesAttributesTagsAndHealthCheck() throws Exception {
        Snapshot s = new InputReader().read(List.of(DIR.resolve("list-resources-target-groups.json")), null);
        assertEquals(2, groups(s).size());
        TargetGroup blue = group(s, BLUE);
        assertEquals("345678901234", blue.account());
        assertEquals("us-east-1", blue.region());
        assertEquals("round_robin", blue.algorithm());
        assertEquals(Tri.TRUE, blue.stickiness());
        assertEquals(Map.of("Environment", "production", "Application", "wedsync"), blue.tags());
        assertEquals("/api/health", blue.healthCheckPath());
        assertEquals(30, blue.healthCheckIntervalSeconds());
        assertEquals(1, blue.loadBalancerArns().size());
        TargetGroup green = group(s, GREEN);
        assertEquals(null, green.algorithm(), "a model without TargetGroupAttributes leaves the algorithm unknown");
        assertEquals(Tri.UNKNOWN, green.stickiness());
        assertTrue(s.coverage().stream().anyMatch(c -> c.resourceType().equals("AWS::ElasticLoadBalancingV2::TargetGroup")
                && "us-east-1".equals(c.region()) && "345678901234".equals(c.account())));
    }

    @Test
    void getResourceReadsOneGroup() throws Exception {
        Snapshot s = new InputReader().read(List.of(DIR.resolve("get-resource-target-group.json")), null);
        assertEquals(List.of(BLUE), groups(s).stream().map(TargetGroup::arn).toList());
        assertEquals("round_robin", groups(s).get(0).algorithm());
    }

    @Test
    void describeTargetGroupsAndCloudControlCombineIntoOneFactWhateverTheOrder() throws Exception {
        Path describe = Path.of("src/test/resources/api-outputs/lbcost/describe-target-groups.json");
        Path cloud = DIR.resolve("get-resource-target-group.json");
        for (List<Path> order : List.of(List.of(describe, cloud), List.of(cloud, describe))) {
            InputReader reader = new InputReader();
            Snapshot s = reader.read(order, null);
            List<TargetGroup> blue = groups(s).stream().filter(g -> g.arn().equals(BLUE)).toList();
            assertEquals(1, blue.size(), "one fact per group");
            assertEquals("round_robin", blue.get(0).algorithm(), "attributes kept in order " + order);
            assertEquals(Tri.TRUE, blue.get(0).stickiness());
            assertEquals(Tri.TRUE, blue.get(0).healthCheckEnabled());
            assertFalse(blue.get(0).tags().isEmpty(), "tags from the Cloud Control model");
        }
    }

    @Test
    void malformedPropertiesIsOneLineNamingTheFileAndElement(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cc.json");
        Files.writeString(f, "{\"TypeName\": \"AWS::ElasticLoadBalancingV2::TargetGroup\", \"ResourceDescriptions\": "
                + "[{\"Identifier\": \"x\", \"Properties\": \"{not json\"}]}");
        InputException e = assertThrows(InputException.class, () -> new InputReader().read(List.of(f), null));
        assertTrue(e.getMessage().contains("cc.json"), e.getMessage());
        assertTrue(e.getMessage().contains("ResourceDescriptions[0].Properties is not valid JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        Files.writeString(f, "{\"TypeName\": \"AWS::ElasticLoadBalancingV2::TargetGroup\", \"ResourceDescriptions\": "
                + "[{\"Identifier\": \"x\", \"Properties\": \"{\\\"TargetGroupArn\\\": \\\"arn:aws:s3:::nope\\\"}\"}]}");
        e = assertThrows(InputException.class, () -> new InputReader().read(List.of(f), null));
        assertTrue(e.getMessage().contains("ResourceDescriptions[0].Properties.TargetGroupArn is not a target group ARN"),
                e.getMessage());
    }

    @Test
    void otherCloudControlTypesAreNotTakenForTargetGroups(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cc.json");
        Files.writeString(f, "{\"TypeName\": \"AWS::S3::Bucket\", \"ResourceDescriptions\": []}");
        InputException e = assertThrows(InputException.class, () -> new InputReader().read(List.of(f), null));
        assertTrue(e.getMessage().contains("JSON not recognised"), e.getMessage());
    }
}
