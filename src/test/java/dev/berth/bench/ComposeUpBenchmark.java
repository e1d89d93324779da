package dev.berth.bench;

import dev.berth.compose.actions.DownOptions;
import dev.berth.compose.actions.EngineComposeActions;
import dev.berth.compose.actions.UpOptions;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.testing.ComposeProjects;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static dev.berth.bench.BenchSupport.median;
import static dev.berth.testing.ComposeProjects.service;

/**
 * Berth's {@code up -d} and {@code down} of a six-service project against docker-compose v1's, on the same engine
 * with the image present: a database and a cache, and four services that depend on the database. Each round times
 * Berth's up, v1's up, Berth's down and v1's down of two projects made from the same file (Berth first in even
 * rounds, v1 first in odd ones), after one round that is not counted; it prints each round and the medians, and the
 * ratio Berth / v1 (the target is at most 1.0). Berth's time is from the call to the task's end in a running Berth,
 * which is what a click costs; v1's is its process from start to exit, which is what the command costs.
 *
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.ComposeUpBenchmark</pre>
 * More or fewer rounds: {@code -Dbench.runs=9} among {@code bench.jvmArgs}.
 */
public final class ComposeUpBenchmark {
    static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** Sleeps in the background and waits, so a stop's TERM ends it at once for both tools. */
    private static final String IDLE = "trap 'exit 0' TERM; sleep 999999 & wait";
    private static final List<String> SERVICES = List.of("db", "cache", "api", "worker", "web", "admin");

    private ComposeUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("berth-compose-bench");
        Path file = Files.writeString(dir.resolve("docker-compose.yml"), v1File());
        String berthName = ComposeProjects.uniqueName("benchb");
        String v1Name = ComposeProjects.uniqueName("benchv");
        ComposeProject project = project(berthName, dir, file);
        DockerEngineGateway gateway = BenchSupport.appGateway();
        EngineComposeActions berth = new EngineComposeActions(gateway);
        List<Double> berthUp = new ArrayList<>();
        List<Double> v1Up = new ArrayList<>();
        List<Double> berthDown = new ArrayList<>();
        List<Double> v1Down = new ArrayList<>();
        System.out.printf("Compose up -d / down of %d busybox services, image present; docker-compose %s%n",
                SERVICES.size(), v1("version", "--short").strip());
        try {
            for (int round = 0; round <= RUNS; round++) {
                boolean berthFirst = round % 2 == 0;
                double[] up = new double[2];
                double[] down = new double[2];
                for (int turn = 0; turn < 2; turn++) {
                    boolean berthTurn = (turn == 0) == berthFirst;
                    up[berthTurn ? 0 : 1] = berthTurn ? time(() -> berth.up(project, UpOptions.DEFAULT, step -> { })
                            .done().get(2, TimeUnit.MINUTES)) : time(() -> v1("-f", file.toString(), "-p", v1Name,
                            "up", "-d"));
                }
                for (int turn = 0; turn < 2; turn++) {
                    boolean berthTurn = (turn == 0) == berthFirst;
                    down[berthTurn ? 0 : 1] = berthTurn ? time(() -> berth.down(berthName, DownOptions.DEFAULT,
                            step -> { }).done().get(2, TimeUnit.MINUTES)) : time(() -> v1("-f", file.toString(),
                            "-p", v1Name, "down"));
                }
                String label = round == 0 ? "warm-up" : "round " + round;
                System.out.printf(Locale.ROOT, "%-8s up: Berth %.2f s, v1 %.2f s   down: Berth %.2f s, v1 %.2f s%n",
                        label, up[0], up[1], down[0], down[1]);
                if (round > 0) {
                    berthUp.add(up[0]);
                    v1Up.add(up[1]);
                    berthDown.add(down[0]);
                    v1Down.add(down[1]);
                }
            }
            System.out.printf(Locale.ROOT, "median   up: Berth %.2f s, v1 %.2f s, ratio %.2f×   down: Berth %.2f s,"
                            + " v1 %.2f s, ratio %.2f× (target ≤ 1.0×)%n", median(berthUp), median(v1Up),
                    median(berthUp) / median(v1Up), median(berthDown), median(v1Down),
                    median(berthDown) / median(v1Down));
        } finally {
            berth.down(berthName, new DownOptions(true, true), step -> { }).done().handle((done, failed) -> null)
                    .get(2, TimeUnit.MINUTES);
            v1("-f", file.toString(), "-p", v1Name, "down", "-v");
            gateway.close();
        }
    }

    private static ComposeProject project(String name, Path dir, Path file) {
        ComposeProjects.ProjectBuilder project = ComposeProjects.project(name, dir);
        for (String service : SERVICES) {
            ComposeProjects.ServiceBuilder spec = service(service).command("sh", "-c", IDLE);
            if (!service.equals("db") && !service.equals("cache")) {
                spec.dependsOn("db", "service_started");
            }
            project.service(spec);
        }
        ComposeProject built = project.build();
        return new ComposeProject(built.name(), dir, List.of(file), built.services(), built.networks(),
                built.volumes(), List.of());
    }

    private static String v1File() {
        StringBuilder yaml = new StringBuilder("version: \"2.4\"\nservices:\n");
        for (String service : SERVICES) {
            yaml.append("  ").append(service).append(":\n")
                    .append("    image: ").append(TestEngine.IMAGE).append('\n')
                    .append("    command: [\"sh\", \"-c\", \"").append(IDLE).append("\"]\n")
                    .append("    labels: {").append(TestEngine.TEST_LABEL).append(": \"true\"}\n");
            if (!service.equals("db") && !service.equals("cache")) {
                yaml.append("    depends_on: [db]\n");
            }
        }
        return yaml.append("networks:\n  default:\n    labels: {").append(TestEngine.TEST_LABEL)
                .append(": \"true\"}\n").toString();
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return BenchSupport.seconds(System.nanoTime() - start);
    }

    private static String v1(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker-compose"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_HOST", TestEngine.HOST);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("docker-compose " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
