package dev.tollgate.cli;

import dev.tollgate.evaluate.DeployCalendar;
import dev.tollgate.evaluate.Profile;
import dev.tollgate.evaluate.ProfileLoader;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.RuleSet;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;
import dev.tollgate.model.Snapshot;
import dev.tollgate.report.ReportFormat;
import dev.tollgate.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The {@code scanner} command line. */
@Command(name = "scanner", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Policy-as-code compliance scanner for AWS: AWS inventory to facts, Drools rules, "
                + "JSON, SARIF and HTML reports.",
        subcommands = {Main.Scan.class, Main.GateVerb.class, Main.Demo.class, Main.Rules.class, Main.Environments.class,
                Bench.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:gate passed (no finding at or above --fail-on, everything assessed)",
                "1:gate failed (a finding at or above --fail-on)",
                "2:usage or input error (bad option, unreadable input, broken rule file, bad profile)",
                "3:scan incomplete (something could not be assessed) and the gate otherwise passed",
                "4:gate verb only: deployment not allowed now (freeze period or outside the deploy windows); "
                        + "1 takes precedence over 4, 4 over 3",
                "70:internal error (a bug: please report it)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: scan, gate, demo, rules, environments");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the CLI and returns the exit code (for tests and main). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("scanner: " + ex.getMessage());
            err.println("Try 'scanner " + subcommandPath(ex.getCommandLine()) + "--help'.");
            return ExitCode.INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError) {
                err.println("scanner: " + ex.getMessage());
                return ExitCode.INPUT_ERROR;
            }
            err.println("scanner: internal error (a bug, please report it): " + ex);
            ex.printStackTrace(err);
            return ExitCode.INTERNAL_ERROR;
        });
        return cl.execute(args);
    }

    private static String subcommandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    /** The inputs of scan and gate. */
    static final class InputOptions {
        @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true,
                description = "Input file or folder (repeatable).")
        List<Path> inputs;

        @Option(names = "--account", paramLabel = "ID",
                description = "AWS account id for inputs that do not name one (the password-policy file), "
                        + "when the other inputs do not tell it.")
        String account;
    }

    /** What the gate verb adds to the scan: the deployment calendar's decision, from the profile. */
    @FunctionalInterface
    interface CalendarCheck {
        DeployCalendar.Decision decide(Profile profile) throws UserError;
    }

    /** Options shared by scan and demo. */
    static final class EvalOptions {
        @Option(names = "--environment", paramLabel = "NAME|FILE",
                description = "Environment profile: a bundled name (see 'scanner environments list') or a YAML file. "
                        + "Default: the plain security baseline.")
        String environment;

        @Option(names = "--rules", paramLabel = "DIR",
                description = "Extra folder of .drl rule files, loaded with the bundled rules (repeatable).")
        List<Path> ruleDirs = new ArrayList<>();

        @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,sarif,html",
                description = "Report formats, comma separated: json, sarif, html (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
                description = "Output folder (default: ${DEFAULT-VALUE}). Reports are written atomically.")
        Path out;

        @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
                description = "Gate threshold: critical, high, medium, low or info (default: ${DEFAULT-VALUE}).")
        String failOn;

        @Option(names = "--as-of", paramLabel = "INSTANT",
                description = "Judge ages (key age, certificate expiry) as of this ISO-8601 instant instead of the "
                        + "inputs' capture time.")
        String asOf;

        Severity failOnSeverity() throws UserError {
            Severity s = Severity.parse(failOn);
            if (s == null) {
                throw new UserError("--fail-on: unknown severity '" + failOn + "' (critical, high, medium, low, info)");
            }
            return s;
        }

        Instant asOfInstant() throws UserError {
            if (asOf == null) {
                return null;
            }
            try {
                return Instant.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new UserError("--as-of: '" + asOf + "' is not an ISO-8601 instant like 2026-11-20T00:00:00Z");
            }
        }

        List<ReportFormat> formats() throws UserError {
            try {
                return ReportFormat.parseList(format);
            } catch (IllegalArgumentException e) {
                throw new UserError("--format: " + e.getMessage());
            }
        }

        /** Runs the pipeline and writes reports; returns the result and the files written. */
        ScanResult runAndReport(List<Path> inputs, String account, PrintWriter out) throws UserError {
            return runAndReport(inputs, inputs.stream().map(Path::toString).toList(), account, out);
        }

        /** As above, naming the inputs in the reports by {@code labels}. */
        ScanResult runAndReport(List<Path> inputs, List<String> labels, String account, PrintWriter out)
                throws UserError {
            return runAndReport(inputs, labels, account, out, null);
        }

        /** As above; {@code calendar} (gate verb, else null) adds the deployment decision to the result. */
        ScanResult runAndReport(List<Path> inputs, List<String> labels, String account, PrintWriter out,
                                CalendarCheck calendar) throws UserError {
            Severity threshold = failOnSeverity();
            Instant at = asOfInstant();
            List<ReportFormat> fmts = formats();
            Profile profile = Pipeline.profile(environment); // first: cheap, and a broken profile fails fast
            Snapshot snapshot = Pipeline.snapshot(inputs, account);
            RuleSet rules = Pipeline.rules(ruleDirs);
            ScanResult result = Pipeline.scan(snapshot, rules, profile, at, threshold, labels);
            if (calendar != null) {
                result = result.withDeployment(calendar.decide(profile));
            }
            List<Path> written;
            try {
                written = ReportWriter.of(fmts).write(result, out());
            } catch (IOException e) {
                throw new UserError(out() + ": cannot write reports: " + e.getMessage());
            }
            Summary.print(result, written, out);
            return result;
        }

        private Path out() {
            return out;
        }
    }

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Scan offline AWS inputs: AWS Config snapshot files, select-resource-config and "
                    + "batch-get-resource-config output, get-account-authorization-details output, the IAM "
                    + "credential report, get-account-password-policy output, the AWS CLI output of what Config "
                    + "does not record (Application Auto Scaling, ELBv2 target groups and their Cloud Control "
                    + "listing, Route 53 record sets, Budgets, Cost Anomaly Detection), or a tollgate snapshot. "
                    + "Files or folders, gzipped or not; the format is detected by content.")
    static final class Scan implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        InputOptions in;

        @Mixin
        EvalOptions eval;

        @Override
        public Integer call() throws UserError {
            ScanResult r = eval.runAndReport(in.inputs, in.account, spec.commandLine().getOut());
            return Pipeline.exitCode(r.gate());
        }
    }

    @Command(name = "gate", mixinStandardHelpOptions = true,
            description = {"Pre-deploy gate: scan like 'scan' (same inputs and options), then check the environment's "
                    + "documented deployment calendar at --at (default: now): the change must not fall in a freeze "
                    + "period (deploy.freezeWindows) and, where the environment documents windows, must fall in one "
                    + "(deploy.windows; deploy.maintenanceWindows with --change maintenance). Environments that "
                    + "document no windows are not restricted by day or time. Days and times are UTC.",
                    "Emergency hotfixes may deploy anytime with incident commander approval (ShopFlow "
                    + "'Deployment Windows'): --emergency-hotfix REASON --approved-by NAME lifts the calendar block "
                    + "(never a finding) and is recorded in every report."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                    "0:deployment allowed: calendar allows it (or override), no finding at or above --fail-on, "
                            + "everything assessed",
                    "1:findings gate failed (a finding at or above --fail-on); wins over 4: no override clears it",
                    "2:usage or input error (bad option, malformed --at, unreadable input, bad profile or window)",
                    "3:scan incomplete (something could not be assessed), calendar allows the deployment",
                    "4:deployment not allowed now: inside a freeze period or outside every documented window "
                            + "(no emergency override given); wins over 3",
                    "70:internal error (a bug: please report it)"})
    static final class GateVerb implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        InputOptions in;

        @Mixin
        EvalOptions eval;

        @Option(names = "--at", paramLabel = "INSTANT",
                description = "When the change would start, an ISO-8601 instant (2026-11-24T10:30:00Z). Default: now.")
        String at;

        @Option(names = "--change", paramLabel = "KIND", defaultValue = "deploy",
                description = "deploy (checked against deploy.windows) or maintenance (deploy.maintenanceWindows); "
                        + "freeze periods apply to both (default: ${DEFAULT-VALUE}).")
        String change;

        @Option(names = "--emergency-hotfix", paramLabel = "REASON",
                description = "Emergency hotfix: deploy despite a freeze period or outside the windows. Needs "
                        + "--approved-by. The reason (e.g. the incident id) is recorded in the reports.")
        String hotfixReason;

        @Option(names = "--approved-by", paramLabel = "NAME",
                description = "The incident commander who approved the emergency hotfix.")
        String approvedBy;

        @Override
        public Integer call() throws UserError {
            Instant when = at();
            DeployCalendar.Change kind = change();
            DeployCalendar.Override override = override();
            ScanResult r = eval.runAndReport(in.inputs, in.inputs.stream().map(Path::toString).toList(), in.account,
                    spec.commandLine().getOut(), profile -> DeployCalendar.of(profile).decide(when, kind, override));
            return Pipeline.exitCode(r);
        }

        private Instant at() throws UserError {
            if (at == null) {
                return Instant.now().truncatedTo(ChronoUnit.SECONDS);
            }
            try {
                return Instant.parse(at.strip());
            } catch (DateTimeParseException e) {
                throw new UserError("--at: '" + Summary.clean(at) + "' is not an ISO-8601 instant like "
                        + "2026-11-24T10:30:00Z");
            }
        }

        private DeployCalendar.Change change() throws UserError {
            for (DeployCalendar.Change c : DeployCalendar.Change.values()) {
                if (c.label().equals(change)) {
                    return c;
                }
            }
            throw new UserError("--change: '" + Summary.clean(change) + "' is not deploy or maintenance");
        }

        private DeployCalendar.Override override() throws UserError {
            boolean reason = hotfixReason != null;
            boolean approver = approvedBy != null;
            if (!reason && !approver) {
                return null;
            }
            if (!reason || hotfixReason.isBlank()) {
                throw new UserError("--emergency-hotfix: give the reason (e.g. the incident id) with --approved-by");
            }
            if (!approver || approvedBy.isBlank()) {
                throw new UserError("--emergency-hotfix needs --approved-by NAME (the incident commander who "
                        + "approved it)");
            }
            return new DeployCalendar.Override(Summary.clean(hotfixReason.strip()), Summary.clean(approvedBy.strip()));
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Scan a bundled sample environment (AWS-native files with realistic deviations from its "
                    + "documentation; default TaskFlow production) with the same-named profile. "
                    + "Exits 0 when the demo ran; prints what the gate would have decided.")
    static final class Demo implements Callable<Integer> {
        static final List<String> SAMPLES = List.of("taskflow-production", "shopflow-production", "wedsync-production");

        @Option(names = "--sample", paramLabel = "NAME", defaultValue = "taskflow-production",
                description = "Bundled sample: taskflow-production, shopflow-production or wedsync-production "
                        + "(default: ${DEFAULT-VALUE}); also the profile unless --environment is given.")
        String sample;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        EvalOptions eval;

        @Override
        public Integer call() throws Exception {
            if (!SAMPLES.contains(sample)) {
                throw new UserError("--sample: unknown sample '" + sample + "' (" + String.join(", ", SAMPLES) + ")");
            }
            BundledSample bundled = new BundledSample(sample);
            Path dir = Files.createTempDirectory("tollgate-demo");
            try {
                List<Path> files = bundled.copyTo(dir);
                List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
                EvalOptions o = eval;
                if (o.environment == null) {
                    o.environment = sample;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("Demo: scanning the bundled " + sample + " sample (" + names.size() + " files: "
                        + String.join(", ", names) + ")");
                o.runAndReport(files, names.stream().map(f -> "bundled sample " + bundled.folder() + f).toList(),
                        null, out);
                out.println("(demo: exit code 0 because the demo ran; 'scanner scan' would exit with the gate's code)");
                return ExitCode.PASS;
            } finally {
                try (var s = Files.list(dir)) {
                    for (Path p : s.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true, description = "The rule catalogue.",
            subcommands = {Rules.ListRules.class})
    static final class Rules implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: list");
        }

        @Command(name = "list", mixinStandardHelpOptions = true,
                description = "Print the rule catalogue (bundled rules plus any --rules folders), validated.")
        static final class ListRules implements Callable<Integer> {
            @Option(names = "--rules", paramLabel = "DIR", description = "Extra folder of .drl files (repeatable).")
            List<Path> ruleDirs = new ArrayList<>();

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws UserError {
                RuleSet rules = Pipeline.rules(ruleDirs);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-12s %-9s %-42s %s%n", "ID", "SEVERITY", "RESOURCE TYPE", "TITLE");
                for (RuleMeta r : rules.catalogue()) {
                    out.printf("%-12s %-9s %-42s %s%n", r.id(), r.severity().label(), r.resourceType(), r.title());
                }
                out.println(rules.catalogue().size() + " rules");
                return ExitCode.PASS;
            }
        }
    }

    @Command(name = "environments", mixinStandardHelpOptions = true,
            description = "Environment profiles.", subcommands = {Environments.ListEnvironments.class})
    static final class Environments implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "choose a subcommand: list");
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled environment profiles.")
        static final class ListEnvironments implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Override
            public Integer call() throws Exception {
                try {
                    ProfileLoader loader = new ProfileLoader();
                    for (String name : loader.bundledNames()) {
                        spec.commandLine().getOut().printf("%-22s %s%n", name, loader.load(name).description());
                    }
                } catch (dev.tollgate.evaluate.ProfileException e) {
                    throw new UserError(e.getMessage());
                }
                return ExitCode.PASS;
            }
        }
    }
}
