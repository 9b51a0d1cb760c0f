package dev.tollgate.evaluate.iam;

import dev.tollgate.evaluate.iam.PolicyEvaluator.Access;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.InlinePolicy;
import dev.tollgate.model.Resource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.tollgate.evaluate.iam.Policies.ACCT;
import static dev.tollgate.evaluate.iam.Policies.group;
import static dev.tollgate.evaluate.iam.Policies.managed;
import static dev.tollgate.evaluate.iam.Policies.stmts;
import static dev.tollgate.evaluate.iam.Policies.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Can principal P perform action A on resource R?" as IAM answers it for identity policies. */
class PolicyEvaluatorTest {
    static final PolicyEvaluator EV = new PolicyEvaluator(ActionCatalogue.standard());
    static final String BUCKET = "arn:aws:s3:::reports/2026/q3.csv";

    private static Principal userWith(String... statements) {
        return new PrincipalResolver(List.of(user("u", List.of(new InlinePolicy("p", stmts(statements))), List.of(), List.of(), null)))
                .user(user("u", List.of(new InlinePolicy("p", stmts(statements))), List.of(), List.of(), null));
    }

    private static Access can(Principal p, String action, String resource) {
        return EV.decide(p, action, resource, Set.of()).access();
    }

    @Test
    void explicitDenyBeatsAllow() {
        Principal p = userWith("{'Effect':'Allow','Action':'s3:*','Resource':'*'}",
                "{'Effect':'Deny','Action':'s3:GetObject','Resource':'arn:aws:s3:::reports/*'}");
        assertEquals(Access.NONE, can(p, "s3:GetObject", BUCKET));
        assertEquals(Access.ALLOWED, can(p, "s3:GetObject", "arn:aws:s3:::other/x"));
        assertEquals(Access.ALLOWED, can(p, "s3:PutObject", BUCKET));
        assertTrue(EV.decide(p, "s3:GetObject", BUCKET, Set.of()).note().contains("denied by inline p, statement #2"));
    }

    @Test
    void implicitDenyWithoutAllow() {
        Principal p = userWith("{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::reports/*'}");
        assertEquals(Access.NONE, can(p, "s3:PutObject", BUCKET));
        assertEquals(Access.NONE, can(p, "s3:GetObject", "arn:aws:s3:::reportsx/a"));
        assertEquals(Access.ALLOWED, can(p, "S3:getobject", BUCKET), "actions match case-insensitively");
        assertEquals(Access.NONE, can(p, "s3:GetObject", "arn:aws:s3:::REPORTS/a"), "ARNs match case-sensitively");
    }

    @Test
    void notActionAndNotResource() {
        Principal p = userWith("{'Effect':'Allow','NotAction':['iam:*','organizations:*'],'Resource':'*'}",
                "{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::public','arn:aws:s3:::public/*']}");
        assertEquals(Access.NONE, can(p, "iam:CreateUser", "*"));
        assertEquals(Access.ALLOWED, can(p, "ec2:RunInstances", "arn:aws:ec2:us-east-1:" + ACCT + ":instance/*"));
        assertEquals(Access.ALLOWED, can(p, "s3:GetObject", "arn:aws:s3:::public/a"));
        assertEquals(Access.NONE, can(p, "s3:GetObject", BUCKET));
    }

    @Test
    void wildcardsInActionsAndArns() {
        Principal p = userWith("{'Effect':'Allow','Action':['iam:Put*Policy','ec2:Describe?nstances'],"
                + "'Resource':['arn:aws:iam::" + ACCT + ":user/team-?/*','arn:aws:ec2:*:*:*']}");
        assertEquals(Access.ALLOWED, can(p, "iam:PutUserPolicy", "arn:aws:iam::" + ACCT + ":user/team-a/bob"));
        assertEquals(Access.NONE, can(p, "iam:PutUserPolicy", "arn:aws:iam::" + ACCT + ":user/team-ab/bob"));
        assertEquals(Access.NONE, can(p, "iam:PutUserPermissionsBoundary", "arn:aws:iam::" + ACCT + ":user/team-a/bob"));
        assertEquals(Access.ALLOWED, can(p, "ec2:DescribeInstances", "arn:aws:ec2:us-east-1:" + ACCT + ":instance/i-1"));
    }

    @Test
    void conditionsMakeGrantsConditionalNeverUnconditional() {
        Principal allowIf = userWith("{'Effect':'Allow','Action':'*','Resource':'*','Condition':{'IpAddress':{'aws:SourceIp':'203.0.113.0/24'}}}");
        assertEquals(Access.CONDITIONAL, can(allowIf, "iam:CreateUser", "*"));
        Principal denyUnlessMfa = userWith("{'Effect':'Allow','Action':'*','Resource':'*'}",
                "{'Effect':'Deny','NotAction':'iam:ChangePassword','Resource':'*','Condition':{'BoolIfExists':{'aws:MultiFactorAuthPresent':false}}}");
        assertEquals(Access.CONDITIONAL, can(denyUnlessMfa, "iam:CreateUser", "*"), "a conditional Deny is not assumed to apply, but the grant is only conditional");
        assertEquals(Access.ALLOWED, can(denyUnlessMfa, "iam:ChangePassword", "*"));
        PolicyEvaluator.Summary s = EV.summarize(denyUnlessMfa);
        assertEquals(1, s.star().cardinality());
        assertEquals(ActionCatalogue.standard().size(), s.starMaybe().cardinality());
    }

    @Test
    void passedToServiceIsDecidedForTheServiceTheRoleGoesTo() {
        Principal p = userWith("{'Effect':'Allow','Action':'iam:PassRole','Resource':'*','Condition':{'StringEquals':{'iam:PassedToService':'ecs-tasks.amazonaws.com'}}}");
        String role = "arn:aws:iam::" + ACCT + ":role/r";
        assertEquals(Access.ALLOWED, EV.decide(p, "iam:PassRole", role, Set.of("ecs-tasks.amazonaws.com")).access());
        assertEquals(Access.NONE, EV.decide(p, "iam:PassRole", role, Set.of("ec2.amazonaws.com")).access());
        assertEquals(Access.CONDITIONAL, EV.decide(p, "iam:PassRole", role, Set.of()).access());
    }

    @Test
    void usernameVariableAndUnknownVariables() {
        Principal p = userWith("{'Effect':'Allow','Action':'iam:CreateAccessKey','Resource':'arn:aws:iam::" + ACCT + ":user/${aws:username}'}",
                "{'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::home/${aws:PrincipalTag/team}/*'}");
        assertEquals(Access.ALLOWED, can(p, "iam:CreateAccessKey", "arn:aws:iam::" + ACCT + ":user/u"));
        assertEquals(Access.NONE, can(p, "iam:CreateAccessKey", "arn:aws:iam::" + ACCT + ":user/admin"));
        assertEquals(Access.CONDITIONAL, can(p, "s3:GetObject", "arn:aws:s3:::home/red/x"));
    }

    @Test
    void permissionsBoundaryIntersectsAndGroupsAndManagedPoliciesCount() {
        IamPolicy admin = Policies.awsManaged("AdministratorAccess", stmts("{'Effect':'Allow','Action':'*','Resource':'*'}"));
        IamPolicy boundary = managed("Boundary", stmts("{'Effect':'Allow','Action':['s3:*','sqs:*'],'Resource':'*'}"));
        IamPolicy groupPolicy = managed("Queues", stmts("{'Effect':'Allow','Action':'sqs:SendMessage','Resource':'*'}"));
        List<Resource> all = new ArrayList<>(List.of(admin, boundary, groupPolicy,
                group("Senders", List.of(), List.of(groupPolicy.arn())),
                user("bounded", List.of(), List.of(admin.arn()), List.of(), boundary.arn()),
                user("member", List.of(), List.of(), List.of("Senders"), null)));
        PrincipalResolver r = new PrincipalResolver(all);
        Principal bounded = r.user((dev.tollgate.model.IamUser) all.get(4));
        assertEquals(Access.ALLOWED, can(bounded, "s3:GetObject", BUCKET));
        assertEquals(Access.NONE, can(bounded, "iam:CreateUser", "*"), "outside the boundary");
        Principal member = r.user((dev.tollgate.model.IamUser) all.get(5));
        assertEquals(Access.ALLOWED, can(member, "sqs:SendMessage", "arn:aws:sqs:us-east-1:" + ACCT + ":q"));
        assertEquals(groupPolicy.arn() + " (group Senders)", EV.decide(member, "sqs:SendMessage", "*", Set.of()).grant().policy());
        Principal missing = r.user(user("orphan", List.of(), List.of("arn:aws:iam::" + ACCT + ":policy/Gone"), List.of("NoSuchGroup"), null));
        assertEquals(List.of("arn:aws:iam::" + ACCT + ":policy/Gone", "group NoSuchGroup"), missing.unresolved());
    }
}
