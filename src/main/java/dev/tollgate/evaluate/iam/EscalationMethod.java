package dev.tollgate.evaluate.iam;

import java.util.List;
import java.util.Set;

/**
 * One known privilege-escalation method: the actions that must all be granted (possibly by different policies of
 * the principal) and what the principal must be able to aim them at for the method to give it more than it has.
 * The table ({@link #ALL}) follows the public literature: Rhino Security Labs' AWS IAM privilege-escalation methods,
 * the edge checks of NCC Group's PMapper and the escalation list of Salesforce's Cloudsplaining.
 *
 * @param name            the method as findings name it, e.g. {@code iam:PassRole+ec2:RunInstances}
 * @param actions         every action the method needs
 * @param target          what the actions must reach (see {@link Target})
 * @param principals      the kinds of principal the method works for
 * @param trustServices   for role-gaining methods: the service principals the gained role must trust
 * @param passedTo        the service the role is passed to (decides {@code iam:PassedToService} conditions)
 * @param instanceProfile the gained role must be in an instance profile (EC2)
 * @param how             one sentence: how an attacker uses it
 */
public record EscalationMethod(String name, List<String> actions, Target target, Set<Principal.Kind> principals,
                               Set<String> trustServices, Set<String> passedTo, boolean instanceProfile, String how) {

    public enum Target {
        /** iam:PassRole (the first action) on a role trusting {@code trustServices} that holds more than the principal; the other actions on any resource. */
        PASSED_ROLE,
        /** actions on any resource; gains an existing role trusting {@code trustServices} that holds more (code of a function, an instance). */
        SERVICE_ROLE,
        /** on a customer-managed policy attached to the principal (directly or through a group). */
        OWN_POLICY,
        /** on the principal itself. */
        SELF,
        /** on one of the user's groups. */
        OWN_GROUP,
        /** on a group the user is not in that grants more. */
        OTHER_GROUP,
        /** on another user who holds more. */
        OTHER_USER,
        /** the first action on a role the principal may assume (its trust policy lets the principal in, sts:AssumeRole). */
        ASSUMABLE_ROLE,
        /** the first action on a role that holds more; then sts:AssumeRole, which the rewritten trust policy allows unless a Deny forbids it. */
        REWRITTEN_TRUST
    }

    private static final Set<Principal.Kind> ANY = Set.of(Principal.Kind.USER, Principal.Kind.ROLE);
    private static final Set<Principal.Kind> USER = Set.of(Principal.Kind.USER);
    private static final Set<Principal.Kind> ROLE = Set.of(Principal.Kind.ROLE);

    private static EscalationMethod iam(String action, Target t, Set<Principal.Kind> who, String how) {
        return new EscalationMethod(action, List.of(action), t, who, Set.of(), Set.of(), false, how);
    }

    private static EscalationMethod passRole(String service, boolean profile, String how, String... actions) {
        List<String> all = new java.util.ArrayList<>();
        all.add("iam:PassRole");
        all.addAll(List.of(actions));
        return new EscalationMethod(String.join("+", all), List.copyOf(all), Target.PASSED_ROLE, ANY,
                Set.of(service), Set.of(service), profile, how);
    }

    private static EscalationMethod existing(String action, String service, boolean profile, String how) {
        return new EscalationMethod(action, List.of(action), Target.SERVICE_ROLE, ANY, Set.of(service), Set.of(),
                profile, how);
    }

    public static final List<EscalationMethod> ALL = List.of(
            iam("iam:CreatePolicyVersion", Target.OWN_POLICY, ANY,
                    "write a new default version of a policy attached to itself, granting anything"),
            iam("iam:SetDefaultPolicyVersion", Target.OWN_POLICY, ANY,
                    "make an older, broader version of a policy attached to itself the default"),
            iam("iam:CreateAccessKey", Target.OTHER_USER, ANY,
                    "create an access key for a more privileged user and act as that user"),
            iam("iam:CreateLoginProfile", Target.OTHER_USER, ANY,
                    "set a console password for a more privileged user who has none and sign in as that user"),
            iam("iam:UpdateLoginProfile", Target.OTHER_USER, ANY,
                    "change the console password of a more privileged user and sign in as that user"),
            iam("iam:AttachUserPolicy", Target.SELF, USER, "attach AdministratorAccess to itself"),
            iam("iam:PutUserPolicy", Target.SELF, USER, "write an inline policy granting anything to itself"),
            iam("iam:AttachGroupPolicy", Target.OWN_GROUP, USER, "attach AdministratorAccess to a group it is in"),
            iam("iam:PutGroupPolicy", Target.OWN_GROUP, USER, "write an inline policy granting anything to a group it is in"),
            iam("iam:AttachRolePolicy", Target.SELF, ROLE, "attach AdministratorAccess to its own role"),
            iam("iam:PutRolePolicy", Target.SELF, ROLE, "write an inline policy granting anything to its own role"),
            new EscalationMethod("iam:AttachRolePolicy+sts:AssumeRole", List.of("iam:AttachRolePolicy", "sts:AssumeRole"),
                    Target.ASSUMABLE_ROLE, ANY, Set.of(), Set.of(), false,
                    "attach AdministratorAccess to a role it may assume, then assume it"),
            new EscalationMethod("iam:PutRolePolicy+sts:AssumeRole", List.of("iam:PutRolePolicy", "sts:AssumeRole"),
                    Target.ASSUMABLE_ROLE, ANY, Set.of(), Set.of(), false,
                    "write an inline policy granting anything to a role it may assume, then assume it"),
            iam("iam:AddUserToGroup", Target.OTHER_GROUP, USER, "add itself to a more privileged group"),
            new EscalationMethod("iam:UpdateAssumeRolePolicy+sts:AssumeRole", List.of("iam:UpdateAssumeRolePolicy", "sts:AssumeRole"),
                    Target.REWRITTEN_TRUST, ANY, Set.of(), Set.of(), false,
                    "rewrite a more privileged role's trust policy to name itself, then assume the role"),
            passRole("ec2.amazonaws.com", true, "launch an instance with a more privileged role's instance profile and use its credentials",
                    "ec2:RunInstances"),
            passRole("lambda.amazonaws.com", false, "create a function running as a more privileged role and invoke it",
                    "lambda:CreateFunction", "lambda:InvokeFunction"),
            passRole("lambda.amazonaws.com", false, "create a function running as a more privileged role and trigger it from an event source",
                    "lambda:CreateFunction", "lambda:CreateEventSourceMapping"),
            existing("lambda:UpdateFunctionCode", "lambda.amazonaws.com", false,
                    "replace the code of an existing function that runs as a more privileged role"),
            passRole("glue.amazonaws.com", false, "create a Glue development endpoint with a more privileged role and log in to it",
                    "glue:CreateDevEndpoint"),
            existing("glue:UpdateDevEndpoint", "glue.amazonaws.com", false,
                    "add its SSH key to an existing Glue development endpoint that runs as a more privileged role"),
            passRole("cloudformation.amazonaws.com", false, "create a stack that a more privileged role deploys, with any resources",
                    "cloudformation:CreateStack"),
            new EscalationMethod("iam:PassRole+datapipeline:CreatePipeline+datapipeline:PutPipelineDefinition+datapipeline:ActivatePipeline",
                    List.of("iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition",
                            "datapipeline:ActivatePipeline"), Target.PASSED_ROLE, ANY,
                    Set.of("datapipeline.amazonaws.com", "ec2.amazonaws.com"), Set.of("datapipeline.amazonaws.com"), false,
                    "create a pipeline whose activity runs commands as a more privileged role"),
            passRole("ecs-tasks.amazonaws.com", false, "register a task definition with a more privileged task role and run it",
                    "ecs:RegisterTaskDefinition", "ecs:RunTask"),
            passRole("ecs-tasks.amazonaws.com", false, "register a task definition with a more privileged task role and start it",
                    "ecs:RegisterTaskDefinition", "ecs:StartTask"),
            passRole("ecs-tasks.amazonaws.com", false, "register a task definition with a more privileged task role and create a service running it",
                    "ecs:RegisterTaskDefinition", "ecs:CreateService"),
            passRole("sagemaker.amazonaws.com", false, "create a notebook instance with a more privileged role and open it",
                    "sagemaker:CreateNotebookInstance", "sagemaker:CreatePresignedNotebookInstanceUrl"),
            passRole("codebuild.amazonaws.com", false, "create a build project with a more privileged service role and run a build",
                    "codebuild:CreateProject", "codebuild:StartBuild"),
            existing("ssm:SendCommand", "ec2.amazonaws.com", true,
                    "run commands on an instance whose instance profile holds a more privileged role"),
            existing("ssm:StartSession", "ec2.amazonaws.com", true,
                    "open a shell on an instance whose instance profile holds a more privileged role"));

    public static EscalationMethod named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no escalation method " + name));
    }
}
