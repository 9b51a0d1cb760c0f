package dev.tollgate.cli;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The {@code scanner} command line. */
@Command(name = "scanner", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Policy-as-code compliance scanner for AWS: AWS inventory to facts, Drools rules, "
                + "JSON, SARIF and HTML reports.",
        subcommands = {Main.Scan.class, Main.Demo.class, Main.Rules.class, Main.Environments.class, Bench.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:gate passed (no finding at or above --fail-on, everything assessed)",
                "1:gate failed (a finding at or above --fail-on)",
                "2:usage or input error (bad option, unreadable input, broken rule file, bad profile)",
                "3:scan incomplete (something could not be assessed) and the gate otherwise passed",
                "70:internal error (a bug: please report it)"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: scan, demo, rules, environments");
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
            Severity threshold = failOnSeverity();
            Instant at = asOfInstant();
            List<ReportFormat> fmts = formats();
            Snapshot snapshot = Pipeline.snapshot(inputs, account);
            RuleSet rules = Pipeline.rules(ruleDirs);
            ScanResult result = Pipeline.scan(snapshot, rules, Pipeline.profile(environment), at, threshold, labels);
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
                    + "credential report, get-account-password-policy output, or a tollgate snapshot. "
                    + "Files or folders, gzipped or not; the format is detected by content.")
    static final class Scan implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-i", "--input"}, paramLabel = "PATH", required = true,
                description = "Input file or folder (repeatable).")
        List<Path> inputs;

        @Option(names = "--account", paramLabel = "ID",
                description = "AWS account id for inputs that do not name one (the password-policy file), "
                        + "when the other inputs do not tell it.")
        String account;

        @Mixin
        EvalOptions eval;

        @Override
        public Integer call() throws UserError {
            ScanResult r = eval.runAndReport(inputs, account, spec.commandLine().getOut());
            return Pipeline.exitCode(r.gate());
        }
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Scan a bundled sample environment (AWS-native files with realistic deviations from its "
                    + "documentation; default TaskFlow production) with the same-named profile. "
                    + "Exits 0 when the demo ran; prints what the gate would have decided.")
    static final class Demo implements Callable<Integer> {
        static final List<String> SAMPLES = List.of("taskflow-production", "shopflow-production", "wedsync-production");
        static final List<String> FILES = List.of("config-snapshot.json", "authorization-details.json",
                "credential-report.csv", "password-policy.json");

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
            String folder = "tollgate/samples/" + sample + "/";
            Path dir = Files.createTempDirectory("tollgate-demo");
            try {
                for (String f : FILES) {
                    try (InputStream in = Demo.class.getClassLoader().getResourceAsStream(folder + f)) {
                        if (in == null) {
                            throw new IllegalStateException("sample file missing from the build: " + f);
                        }
                        Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                EvalOptions o = eval;
                if (o.environment == null) {
                    o.environment = sample;
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println("Demo: scanning the bundled " + sample + " sample (" + String.join(", ", FILES) + ")");
                o.runAndReport(FILES.stream().map(dir::resolve).toList(),
                        FILES.stream().map(f -> "bundled sample " + folder + f).toList(), null, out);
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
