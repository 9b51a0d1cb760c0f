package dev.tollgate.cli;

import dev.tollgate.collect.InputException;
import dev.tollgate.collect.InputReader;
import dev.tollgate.evaluate.Evaluation;
import dev.tollgate.evaluate.Evaluator;
import dev.tollgate.evaluate.FrameworkException;
import dev.tollgate.evaluate.FrameworkLoader;
import dev.tollgate.evaluate.FrameworkResult;
import dev.tollgate.evaluate.Gate;
import dev.tollgate.evaluate.Profile;
import dev.tollgate.evaluate.ProfileException;
import dev.tollgate.evaluate.ProfileLoader;
import dev.tollgate.evaluate.RuleLoadException;
import dev.tollgate.evaluate.RuleLoader;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.RuleSet;
import dev.tollgate.evaluate.RuleSource;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;
import dev.tollgate.model.Snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The scan pipeline as plain calls: read inputs → snapshot → load rules and profile → evaluate → result.
 * Each user mistake becomes a {@link UserError} with a one-line message.
 */
final class Pipeline {
    private Pipeline() {
    }

    static RuleSet rules(List<Path> ruleDirs) throws UserError {
        try {
            List<RuleSource> sources = new ArrayList<>(RuleSource.bundled());
            for (Path dir : ruleDirs) {
                if (!Files.isDirectory(dir)) {
                    throw new UserError(dir + ": --rules expects a folder of .drl files");
                }
                List<RuleSource> user = RuleSource.fromDirectory(dir);
                if (user.isEmpty()) {
                    throw new UserError(dir + ": no .drl files in this folder");
                }
                sources.addAll(user);
            }
            return new RuleLoader(cacheDir()).load(sources);
        } catch (RuleLoadException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot read rules: " + e.getMessage());
        }
    }

    /**
     * Where compiled rules are cached: $TOLLGATE_CACHE_DIR, else $XDG_CACHE_HOME/tollgate, else
     * ~/.cache/tollgate. TOLLGATE_CACHE_DIR=off disables the cache.
     */
    static Path cacheDir() {
        String explicit = System.getenv("TOLLGATE_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return "off".equals(explicit) ? null : Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("tollgate");
    }

    static Profile profile(String environment) throws UserError {
        try {
            return new ProfileLoader().load(environment);
        } catch (ProfileException e) {
            throw new UserError(e.getMessage());
        }
    }

    static Snapshot snapshot(List<Path> inputs, String account) throws UserError {
        try {
            return new InputReader().read(inputs, account);
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
    }

    static ScanResult scan(Snapshot snapshot, RuleSet rules, Profile profile, Instant asOf, Severity failOn,
                           List<String> inputs) throws UserError {
        Instant clock = asOf != null ? asOf : snapshot.capturedAt();
        if (clock == null) {
            throw new UserError("cannot tell when the inputs were captured: pass --as-of (e.g. 2026-11-20T00:00:00Z)");
        }
        Evaluation e = new Evaluator().evaluate(rules, snapshot, profile, clock);
        Gate gate = Gate.decide(failOn, e.findings(), e.notAssessed());
        List<FrameworkResult> frameworks = FrameworkResult.evaluate(frameworks(rules),
                rules.catalogue().stream().map(RuleMeta::id).toList(), e.findings(), e.notAssessed());
        return new ScanResult(ScanResult.SCHEMA_VERSION, ScanResult.TOOL, Version.current(), clock,
                snapshot.capturedAt(), new ScanResult.EnvironmentInfo(profile.name(), profile.description(),
                profile.source()), inputs, snapshot.resources().size(), rules.catalogue(), e.findings(),
                e.notAssessed(), snapshot.coverage(), gate, frameworks);
    }

    /**
     * The bundled framework mappings, checked against the loaded catalogue. They ship with the build, so a
     * problem in them is a bug in tollgate (exit 70), not a user error.
     */
    static List<dev.tollgate.evaluate.Framework> frameworks(RuleSet rules) {
        try {
            return new FrameworkLoader().bundled(rules.catalogue());
        } catch (FrameworkException e) {
            throw new IllegalStateException("bundled framework mapping is broken: " + e.getMessage(), e);
        }
    }

    /**
     * The exit code of a result: the findings gate's ({@link #exitCode(Gate)}), and for gate runs the deployment
     * calendar's. Precedence: 1 (findings at or above --fail-on: no override clears them, the most actionable)
     * over 4 (deployment not allowed now) over 3 (incomplete) over 0.
     */
    static int exitCode(ScanResult r) {
        int scan = exitCode(r.gate());
        if (scan == ExitCode.GATE_FAILED || r.deployment() == null || r.deployment().allowed()) {
            return scan;
        }
        return ExitCode.DEPLOY_BLOCKED;
    }

    static int exitCode(Gate gate) {
        return switch (gate.decision()) {
            case PASS -> ExitCode.PASS;
            case FAIL -> ExitCode.GATE_FAILED;
            case INCOMPLETE -> ExitCode.INCOMPLETE;
        };
    }
}
