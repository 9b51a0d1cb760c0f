package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.CloudFrontDistribution;
import dev.tollgate.model.Listener;
import dev.tollgate.model.ListenerAction;
import dev.tollgate.model.LoadBalancer;
import dev.tollgate.model.Tri;
import dev.tollgate.model.WafRule;
import dev.tollgate.model.WebAcl;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdgeNormalizersTest {
    private static final String ALB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/shop-alb/50dc6c495c0c9188";
    private static final String TG = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/shop-web/943f017f100becff";

    @Test
    void applicationLoadBalancerWithAttributes() throws ItemException {
        LoadBalancer lb = Fixtures.data(new LoadBalancerNormalizer(), "elbv2-load-balancer.json", 0);
        assertEquals(ALB, lb.arn());
        assertEquals("shop-alb", lb.name());
        assertEquals("application", lb.type());
        assertEquals("internet-facing", lb.scheme());
        assertTrue(lb.internetFacing());
        assertEquals("shop-alb-1234567890.us-east-1.elb.amazonaws.com", lb.dnsName());
        assertEquals("vpc-0a1", lb.vpcId());
        assertEquals(List.of("subnet-0p1", "subnet-0p2"), lb.subnetIds());
        assertEquals(List.of("us-east-1a", "us-east-1b"), lb.availabilityZones());
        assertEquals(List.of("sg-0alb00000000001"), lb.securityGroupIds());
        assertEquals(Tri.TRUE, lb.accessLogs());
        assertEquals(Tri.TRUE, lb.deletionProtection());
        assertEquals(Tri.TRUE, lb.dropInvalidHeaders());
    }

    @Test
    void networkLoadBalancerV12AttributesAsString() throws ItemException {
        LoadBalancer lb = Fixtures.data(new LoadBalancerNormalizer(), "elbv2-load-balancer.json", 1);
        assertEquals("network", lb.type());
        assertFalse(lb.internetFacing());
        assertEquals(List.of(), lb.securityGroupIds());
        assertEquals(Tri.FALSE, lb.accessLogs());
        assertEquals(Tri.FALSE, lb.deletionProtection());
        assertEquals(Tri.UNKNOWN, lb.dropInvalidHeaders(), "attribute not listed");
    }

    @Test
    void loadBalancerWithoutAttributesIsUnknown() throws ItemException {
        LoadBalancer lb = Fixtures.data(new LoadBalancerNormalizer(), "elbv2-load-balancer.json", 2);
        assertEquals(Tri.UNKNOWN, lb.accessLogs());
        assertEquals(Tri.UNKNOWN, lb.deletionProtection());
        assertEquals(Tri.UNKNOWN, lb.dropInvalidHeaders());
    }

    @Test
    void loadBalancerSharedFixtures() throws ItemException {
        LoadBalancer prod = Fixtures.shared(new LoadBalancerNormalizer(), "AWS__ElasticLoadBalancingV2__LoadBalancer.json", 0);
        assertEquals(Tri.FALSE, prod.dropInvalidHeaders());
        assertEquals(Tri.TRUE, prod.deletionProtection());
        LoadBalancer admin = Fixtures.shared(new LoadBalancerNormalizer(), "AWS__ElasticLoadBalancingV2__LoadBalancer.json", 1);
        assertEquals(Tri.TRUE, admin.dropInvalidHeaders());
    }

    @Test
    void httpsListener() throws ItemException {
        Listener l = Fixtures.data(new ListenerNormalizer(), "elbv2-listener.json", 0);
        assertEquals("arn:aws:elasticloadbalancing:us-east-1:111122223333:listener/app/shop-alb/50dc6c495c0c9188/f2f7dc8efc522ab2", l.arn());
        assertEquals(ALB, l.loadBalancerArn());
        assertEquals(443, l.port());
        assertEquals("HTTPS", l.protocol());
        assertTrue(l.encrypted());
        assertEquals("ELBSecurityPolicy-TLS13-1-2-2021-06", l.sslPolicy());
        assertEquals(List.of("arn:aws:acm:us-east-1:111122223333:certificate/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"), l.certificateArns());
        assertEquals(List.of(new ListenerAction("forward", null, null, TG)), l.defaultActions(), "target group from ForwardConfig");
        assertFalse(l.redirectsToHttps());
    }

    @Test
    void httpListenerRedirectingToHttpsV12() throws ItemException {
        Listener l = Fixtures.data(new ListenerNormalizer(), "elbv2-listener.json", 1);
        assertEquals(80, l.port());
        assertFalse(l.encrypted());
        assertNull(l.sslPolicy());
        assertEquals(List.of(), l.certificateArns());
        assertEquals(List.of(new ListenerAction("redirect", "HTTPS", "443", null)), l.defaultActions());
        assertTrue(l.redirectsToHttps());
    }

    @Test
    void httpListenerForwardingIsNotARedirect() throws ItemException {
        Listener l = Fixtures.data(new ListenerNormalizer(), "elbv2-listener.json", 2);
        assertEquals(List.of(new ListenerAction("forward", null, null, TG)), l.defaultActions());
        assertFalse(l.redirectsToHttps());
        Listener shared = Fixtures.shared(new ListenerNormalizer(), "AWS__ElasticLoadBalancingV2__Listener.json", 2);
        assertEquals("ELBSecurityPolicy-2016-08", shared.sslPolicy());
    }

    @Test
    void cloudFrontCompliantDistribution() throws ItemException {
        CloudFrontDistribution d = Fixtures.data(new CloudFrontDistributionNormalizer(), "cloudfront-distribution.json", 0);
        assertEquals("arn:aws:cloudfront::111122223333:distribution/E2QWRUHAPOMQZL", d.arn());
        assertEquals("global", d.region());
        assertEquals("shop-edge", d.name());
        assertEquals("E2QWRUHAPOMQZL", d.distributionId());
        assertEquals("d111111abcdef8.cloudfront.net", d.domainName());
        assertEquals(List.of("shop.example.com"), d.aliases());
        assertTrue(d.enabled());
        assertEquals(List.of("redirect-to-https", "https-only"), d.viewerProtocolPolicies());
        assertEquals("TLSv1.2_2021", d.minimumProtocolVersion());
        assertFalse(d.defaultCertificate());
        assertEquals("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/aaaabbbb-cccc-dddd-eeee-ffff00001111", d.webAclId());
        assertEquals("http2and3", d.httpVersion());
        assertEquals(List.of("https-only"), d.originProtocolPolicies(), "only custom origins have one");
        assertEquals(Tri.TRUE, d.logging());
        assertEquals("PriceClass_100", d.priceClass());
        assertEquals("blacklist", d.geoRestrictionType());
        assertEquals(List.of("KP", "IR"), d.geoRestrictionLocations());
    }

    @Test
    void cloudFrontNonCompliantV12WithoutArn() throws ItemException {
        CloudFrontDistribution d = Fixtures.data(new CloudFrontDistributionNormalizer(), "cloudfront-distribution.json", 1);
        assertEquals("arn:aws:cloudfront::111122223333:distribution/E3BADBADBADBAD", d.arn());
        assertEquals("E3BADBADBADBAD", d.name());
        assertEquals(List.of(), d.aliases());
        assertEquals(List.of("allow-all"), d.viewerProtocolPolicies());
        assertNull(d.minimumProtocolVersion(), "default certificate");
        assertTrue(d.defaultCertificate());
        assertNull(d.webAclId(), "empty string means none");
        assertEquals(List.of("http-only"), d.originProtocolPolicies());
        assertEquals(Tri.UNKNOWN, d.logging(), "no logging element recorded");
        assertEquals("none", d.geoRestrictionType());
        assertEquals(List.of(), d.geoRestrictionLocations());
    }

    @Test
    void cloudFrontSharedFixtures() throws ItemException {
        CloudFrontDistribution bad = Fixtures.shared(new CloudFrontDistributionNormalizer(), "AWS__CloudFront__Distribution.json", 0);
        assertTrue(bad.viewerProtocolPolicies().contains("allow-all"));
        assertEquals("TLSv1", bad.minimumProtocolVersion());
        CloudFrontDistribution ok = Fixtures.shared(new CloudFrontDistributionNormalizer(), "AWS__CloudFront__Distribution.json", 1);
        assertFalse(ok.viewerProtocolPolicies().contains("allow-all"));
        assertEquals("TLSv1.2_2021", ok.minimumProtocolVersion());
        assertEquals("global", ok.region());
    }

    @Test
    void webAclRulesClassified() throws ItemException {
        WebAcl acl = Fixtures.data(new WebAclNormalizer(), "wafv2-web-acl.json", 0);
        assertEquals("arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/aaaabbbb-cccc-dddd-eeee-ffff00001111", acl.arn());
        assertEquals("edge", acl.name());
        assertEquals("aaaabbbb-cccc-dddd-eeee-ffff00001111", acl.webAclId());
        assertEquals("CLOUDFRONT", acl.scope());
        assertEquals("ALLOW", acl.defaultAction(), "the non-null member of defaultAction");
        assertEquals(Tri.TRUE, acl.logging());
        assertEquals(List.of(), acl.associatedResourceArns());
        assertEquals(List.of(
                new WafRule("common", 10, "MANAGED_GROUP", "NONE", "AWS", "AWSManagedRulesCommonRuleSet", null, null, List.of(), false),
                new WafRule("sqli", 20, "MANAGED_GROUP", "COUNT", "AWS", "AWSManagedRulesSQLiRuleSet", null, null, List.of(), false),
                new WafRule("rate", 30, "RATE_BASED", "BLOCK", null, null, 2000L, 300L, List.of("US", "CA"), false),
                new WafRule("allow-countries", 40, "GEO_MATCH", "BLOCK", null, null, null, null, List.of("US", "CA", "MX"), true),
                new WafRule("block-countries", 50, "GEO_MATCH", "CAPTCHA", null, null, null, null, List.of("KP"), false),
                new WafRule("team-rules", 60, "RULE_GROUP", "NONE", null, null, null, null, List.of(), false),
                new WafRule("bad-bots", 70, "OTHER", "COUNT", null, null, null, null, List.of(), false)), acl.rules());
        assertTrue(acl.hasManagedGroup("AWSManagedRulesCommonRuleSet"));
        assertFalse(acl.hasManagedGroup("AWSManagedRulesSQLiRuleSet"), "count-only override does not protect");
    }

    @Test
    void regionalWebAclPascalCaseV12() throws ItemException {
        WebAcl acl = Fixtures.data(new WebAclNormalizer(), "wafv2-web-acl.json", 1);
        assertEquals("REGIONAL", acl.scope());
        assertEquals("BLOCK", acl.defaultAction());
        assertEquals(Tri.UNKNOWN, acl.logging(), "logging is not part of the item");
        assertEquals(List.of(new WafRule("rate", 0, "RATE_BASED", "CHALLENGE", null, null, 100L, 60L, List.of(), false)),
                acl.rules());
    }

    @Test
    void webAclSharedFixtures() throws ItemException {
        WebAcl before = Fixtures.shared(new WebAclNormalizer(), "AWS__WAFv2__WebACL.json", 0);
        assertFalse(before.hasManagedGroup("AWSManagedRulesSQLiRuleSet"));
        WebAcl after = Fixtures.shared(new WebAclNormalizer(), "AWS__WAFv2__WebACL.json", 1);
        assertTrue(after.hasManagedGroup("AWSManagedRulesSQLiRuleSet"));
        assertEquals(2000L, after.rules().stream().filter(r -> "RATE_BASED".equals(r.kind())).findFirst().orElseThrow().rateLimit());
    }
}
