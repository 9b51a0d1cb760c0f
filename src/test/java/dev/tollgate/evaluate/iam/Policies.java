package dev.tollgate.evaluate.iam;

import dev.tollgate.collect.iam.PolicyDocuments;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.IamGroup;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.IamRole;
import dev.tollgate.model.IamUser;
import dev.tollgate.model.InlinePolicy;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test builders: policies written as JSON, parsed by the project's own (AWS SDK based) parser. */
final class Policies {
    static final String ACCT = "111122223333";

    private Policies() {
    }

    static PolicyDocument doc(String json) {
        return PolicyDocuments.parse(json.replace('\'', '"'));
    }

    /** A document with the given statements (JSON objects, single quotes allowed). */
    static PolicyDocument stmts(String... statements) {
        return doc("{'Version':'2012-10-17','Statement':[" + String.join(",", statements) + "]}");
    }

    static IamPolicy managed(String name, PolicyDocument d) {
        return new IamPolicy("arn:aws:iam::" + ACCT + ":policy/" + name, ACCT, "global", name, Map.of(), null, "/", "v1", d,
                false, 1);
    }

    static IamPolicy awsManaged(String name, PolicyDocument d) {
        return new IamPolicy("arn:aws:iam::aws:policy/" + name, ACCT, "global", name, Map.of(), null, "/", "v1", d, true, 1);
    }

    static IamUser user(String name, List<InlinePolicy> inline, List<String> attached, List<String> groups, String boundary) {
        return new IamUser("arn:aws:iam::" + ACCT + ":user/" + name, ACCT, "global", name, Map.of(), null, "/",
                Instant.parse("2024-01-01T00:00:00Z"), groups, attached, inline, boundary);
    }

    static IamGroup group(String name, List<InlinePolicy> inline, List<String> attached) {
        return new IamGroup("arn:aws:iam::" + ACCT + ":group/" + name, ACCT, "global", name, Map.of(), null, "/", attached, inline);
    }

    static IamRole role(String name, String path, PolicyDocument trust, List<InlinePolicy> inline, List<String> attached,
                        List<String> profiles) {
        return new IamRole("arn:aws:iam::" + ACCT + ":role" + path + name, ACCT, "global", name, Map.of(), null, path,
                Instant.parse("2024-01-01T00:00:00Z"), trust, 3600, attached, inline, null,
                Instant.parse("2026-11-01T00:00:00Z"), Tri.TRUE, profiles);
    }

    static PolicyDocument trustService(String service) {
        return stmts("{'Effect':'Allow','Principal':{'Service':'" + service + "'},'Action':'sts:AssumeRole'}");
    }

    static Snapshot snapshot(List<? extends Resource> resources) {
        List<Coverage> cov = new ArrayList<>();
        for (String t : List.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy")) {
            cov.add(Coverage.collected(ACCT, "global", t, "test"));
        }
        return new Snapshot(Instant.parse("2026-11-20T00:00:00Z"), "test", List.of("test"), new ArrayList<>(resources), cov);
    }
}
