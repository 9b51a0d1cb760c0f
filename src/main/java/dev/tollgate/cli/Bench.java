package dev.tollgate.cli;

import dev.tollgate.evaluate.Evaluation;
import dev.tollgate.evaluate.Evaluator;
import dev.tollgate.evaluate.Profile;
import dev.tollgate.evaluate.RuleSet;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.EbsVolume;
import dev.tollgate.model.Ec2Instance;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.LogGroup;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Route;
import dev.tollgate.model.RouteTable;
import dev.tollgate.model.SecurityGroup;
import dev.tollgate.model.SgPermission;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A reproducible benchmark: synthetic resources (security groups, instances, volumes, route tables,
 * log groups; a fixed share non-compliant) through the bundled rules. Prints timings and heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: load the bundled rules, evaluate N synthetic resources, print times and memory.")
final class Bench implements Callable<Integer> {
    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--resources", defaultValue = "100000", description = "Synthetic resources (default: ${DEFAULT-VALUE}).")
    int resources;

    @Option(names = "--runs", defaultValue = "3", description = "Evaluation runs; the best is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws UserError {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        RuleSet rules = Pipeline.rules(List.of());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Profile profile = Pipeline.profile(null);
        Snapshot snapshot = synthetic(resources);
        Evaluation last = null;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < Math.max(1, runs); i++) {
            long s = System.nanoTime();
            last = new Evaluator().evaluate(rules, snapshot, profile, snapshot.capturedAt());
            best = Math.min(best, (System.nanoTime() - s) / 1_000_000);
        }
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        out.printf("rules: %d loaded in %d ms (compile cache: %s)%n", rules.catalogue().size(), loadMs,
                Pipeline.cacheDir() == null ? "off" : Pipeline.cacheDir());
        out.printf("resources: %d, evaluation (insert + fire, best of %d): %d ms, findings: %d, heap after: %d MB%n",
                snapshot.resources().size(), Math.max(1, runs), best, last.findings().size(), heapMb);
        return ExitCode.PASS;
    }

    static Snapshot synthetic(int n) {
        List<Resource> out = new ArrayList<>(n);
        int vpcs = Math.max(1, n / 1000);
        for (int v = 0; v < vpcs && out.size() < n; v++) {
            out.add(new RouteTable(arn("route-table/rtb-" + v), ACCOUNT, REGION, "rtb-" + v, Map.of(), "rtb-" + v,
                    "vpc-" + v, true, List.of(), List.of(new Route("0.0.0.0/0", v % 2 == 0 ? "IGW" : "NAT", "x-" + v))));
        }
        for (int i = 0; out.size() < n; i++) {
            String vpc = "vpc-" + (i % vpcs);
            switch (i % 4) {
                case 0 -> out.add(new SecurityGroup(arn("security-group/sg-" + i), ACCOUNT, REGION, "sg-" + i, Map.of(),
                        "sg-" + i, vpc, "bench", false, List.of(new SgPermission("tcp", i % 50 == 0 ? 22 : 443,
                        i % 50 == 0 ? 22 : 443, SgPermission.PeerKind.CIDR, "0.0.0.0/0", null)), List.of()));
                case 1 -> out.add(new Ec2Instance(arn("instance/i-" + i), ACCOUNT, REGION, "i-" + i, Map.of(), "i-" + i,
                        "running", "t3.micro", "ami-1", vpc, "subnet-" + i, i % 3 == 0 ? "198.51.100.1" : null,
                        List.of("sg-" + (i - 1)), null, i % 10 == 0 ? "optional" : "required", "enabled", null));
                case 2 -> out.add(new EbsVolume(arn("volume/vol-" + i), ACCOUNT, REGION, "vol-" + i, Map.of(), "vol-" + i,
                        i % 20 == 0 ? Tri.FALSE : Tri.TRUE, null, "in-use", "gp3", 8, List.of("i-" + (i - 1))));
                default -> out.add(new LogGroup("arn:aws:logs:" + REGION + ":" + ACCOUNT + ":log-group:/bench/" + i,
                        ACCOUNT, REGION, "/bench/" + i, Map.of(), i % 7 == 0 ? 30 : 400, Tri.TRUE, null));
            }
        }
        List<Coverage> coverage = new ArrayList<>();
        for (String t : List.of("AWS::EC2::SecurityGroup", "AWS::EC2::Instance", "AWS::EC2::Volume",
                "AWS::EC2::RouteTable", "AWS::Logs::LogGroup")) {
            coverage.add(Coverage.collected(ACCOUNT, FactTypes.global(t) ? FactTypes.GLOBAL : REGION, t, "bench"));
        }
        return new Snapshot(Instant.parse("2026-11-20T00:00:00Z"), "bench", List.of("synthetic"), out, coverage);
    }

    private static String arn(String path) {
        return "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":" + path;
    }
}
