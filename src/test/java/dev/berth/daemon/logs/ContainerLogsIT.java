package dev.berth.daemon.logs;

import com.github.dockerjava.api.DockerClient;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.testing.EngineProxy;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code docker logs} through the gateway against the real engine, including resuming after a stop or a cut. */
@ExtendWith(EngineRequired.class)
class ContainerLogsIT {
    private static final String STREAM_THREAD = LogStream.THREAD_PREFIX;
    private static final Pattern NUMBERED = Pattern.compile("run-(\\d+) line-(\\d+)");

    private GatewayFixture fixture;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Runs {@code script} in a labelled container (with or without a TTY) and answers its id. */
    private String run(String prefix, boolean tty, String script) {
        DockerClient client = fixture.client();
        String id = client.createContainerCmd(TestEngine.IMAGE).withName(fixture.containerName(prefix))
                .withLabels(GatewayFixture.TEST_LABELS).withTty(tty).withCmd("sh", "-c", script).exec().getId();
        client.startContainerCmd(id).exec();
        return id;
    }

    private void awaitExited(String id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !fixture.engine.isRunning(id));
    }

    /** A whole log read (not followed) through the gateway. */
    private List<LogLine> read(String id, LogRequest request) {
        Reader reader = new Reader();
        reader.open(fixture.containers(), id, request);
        await().atMost(Duration.ofSeconds(20)).until(() -> reader.ends.size() == 1);
        assertThat(reader.failures).isEmpty();
        return reader.lines;
    }

    @Test
    void tailGivesTheLastLinesAndSinceTheLinesStrictlyAfterAnInstantInsideASecond() {
        String id = run("logs-tail", false, "i=0; while [ $i -lt 20 ]; do i=$((i+1)); echo line-$i; done");
        awaitExited(id);

        List<LogLine> all = read(id, new LogRequest(false, LogRequest.ALL, null));
        List<LogLine> tail = read(id, new LogRequest(false, 5, null));
        Instant tenth = all.get(9).time();
        List<LogLine> since = read(id, new LogRequest(false, LogRequest.ALL, tenth));

        assertThat(all).extracting(LogLine::text)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).mapToObj(i -> "line-" + i).toList());
        assertThat(all).allSatisfy(line -> assertThat(line.source()).isEqualTo(LogLine.Source.STDOUT))
                .extracting(LogLine::time).doesNotContainNull().isSorted();
        assertThat(tenth.getNano()).as("the lines are written within a second, so 'since' cuts inside one")
                .isNotZero();
        assertThat(tail).extracting(LogLine::text).containsExactly("line-16", "line-17", "line-18", "line-19",
                "line-20");
        assertThat(since).extracting(LogLine::text)
                .containsExactlyElementsOf(IntStream.rangeClosed(11, 20).mapToObj(i -> "line-" + i).toList());
    }

    @Test
    void aTtyContainersLogIsStdoutWithoutCarriageReturns() {
        String id = run("logs-tty", true, "printf 'tty-one\\ntty-two\\n'; printf 'caf\\303\\251 \\033[31mred\\033[0m\\n'");
        awaitExited(id);

        List<LogLine> lines = read(id, new LogRequest(false, LogRequest.ALL, null));

        assertThat(lines).extracting(LogLine::text).containsExactly("tty-one", "tty-two", "café \u001b[31mred\u001b[0m");
        assertThat(lines).extracting(LogLine::source).containsOnly(LogLine.Source.STDOUT);
    }

    @Test
    void stderrLinesAreMarkedAsSuch() {
        String id = run("logs-stderr", false, "echo to-out; echo to-err >&2; printf 'no-newline' >&2");
        awaitExited(id);

        List<LogLine> lines = read(id, new LogRequest(false, LogRequest.ALL, null));

        assertThat(lines).extracting(LogLine::source, LogLine::text).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(LogLine.Source.STDOUT, "to-out"),
                org.assertj.core.groups.Tuple.tuple(LogLine.Source.STDERR, "to-err"),
                org.assertj.core.groups.Tuple.tuple(LogLine.Source.STDERR, "no-newline"));
    }

    @Test
    void aLongLineComesBackWholeWithoutTheEnginesInnerTimestamps() {
        String id = run("logs-long", false, "head -c 100000 /dev/zero | tr '\\0' a; echo; echo short");
        awaitExited(id);

        List<LogLine> lines = read(id, new LogRequest(false, LogRequest.ALL, null));

        assertThat(lines).extracting(LogLine::text).containsExactly("a".repeat(100_000), "short");
    }

    /** Follows a container that numbers its lines per run, stops it halfway, starts it, resumes: all once. */
    @Test
    void resumingAfterAStopAndStartGivesEveryLineExactlyOnce() {
        String id = run("logs-restart", false, numberedLines(400));
        Reader first = new Reader();
        first.open(fixture.containers(), id, new LogRequest(true, LogRequest.ALL, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> first.lines.size() >= 150);

        fixture.client().stopContainerCmd(id).withTimeout(5).exec();
        await().atMost(Duration.ofSeconds(10)).until(() -> first.ends.size() == 1);
        assertThat(first.failures).isEmpty();
        fixture.client().startContainerCmd(id).exec();
        Reader second = new Reader();
        second.open(fixture.containers(), id, new LogRequest(true, LogRequest.ALL, first.lastTime()));
        await().atMost(Duration.ofSeconds(30)).until(() -> second.ends.size() == 1);

        Map<Integer, List<Integer>> runs = numbersByRun(first.lines, second.lines);
        assertThat(runs).containsOnlyKeys(1, 2);
        assertThat(runs.get(1)).as("the first run, stopped halfway").hasSizeGreaterThanOrEqualTo(150)
                .isEqualTo(IntStream.rangeClosed(1, runs.get(1).size()).boxed().toList());
        assertThat(runs.get(2)).as("the second run").isEqualTo(IntStream.rangeClosed(1, 400).boxed().toList());
        assertThat(first.ends).hasSize(1);
    }

    /** The same across a cut engine connection: the gateway reconnects and the log resumes from its last line. */
    @Test
    void resumingAfterALostConnectionGivesEveryLineExactlyOnce() throws Exception {
        try (EngineProxy proxy = new EngineProxy(Path.of(URI.create(TestEngine.HOST).getPath()))) {
            proxy.start();
            EngineEndpoint viaProxy = new EngineEndpoint(proxy.host(), "test proxy", null);
            try (DockerEngineGateway gateway = new DockerEngineGateway(() -> viaProxy, viaProxy)) {
                gateway.start();
                await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().isUp());
                String id = run("logs-cut", false, numberedLines(600));
                Reader first = new Reader();
                first.open(gateway.containers(), id, new LogRequest(true, LogRequest.ALL, null));
                await().atMost(Duration.ofSeconds(20)).until(() -> first.lines.size() >= 100);

                proxy.stop();
                await().atMost(Duration.ofSeconds(10)).until(() -> first.ends.size() == 1);
                assertThat(first.failures).singleElement().isInstanceOf(DaemonException.class);
                int linesAtTheCut = first.lines.size();
                proxy.start();
                await().atMost(Duration.ofSeconds(15)).until(() -> gateway.connectionState().isUp());
                assertThat(fixture.engine.isRunning(id)).as("the container outlived the cut").isTrue();
                Reader second = new Reader();
                second.open(gateway.containers(), id, new LogRequest(true, LogRequest.ALL, first.lastTime()));
                await().atMost(Duration.ofSeconds(40)).until(() -> second.ends.size() == 1);

                assertThat(second.failures).isEmpty();
                assertThat(first.lines).hasSize(linesAtTheCut);
                Map<Integer, List<Integer>> runs = numbersByRun(first.lines, second.lines);
                assertThat(runs).containsOnlyKeys(1);
                assertThat(runs.get(1)).isEqualTo(IntStream.rangeClosed(1, 600).boxed().toList());
            }
        }
    }

    @Test
    void closeEndsTheStreamAndItsThreadWithoutAnEndCall() {
        String id = run("logs-close", false, "trap 'exit 0' TERM; i=0; while :; do i=$((i+1)); echo tick-$i; sleep 0.05; done");
        Set<Thread> before = streamThreads();
        Reader reader = new Reader();
        reader.open(fixture.containers(), id, new LogRequest(true, 10, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> reader.lines.size() >= 5);
        Set<Thread> opened = streamThreads();
        opened.removeAll(before);
        assertThat(opened).hasSize(1);

        reader.subscription.close();

        Thread stream = opened.iterator().next();
        await().atMost(Duration.ofSeconds(5)).until(() -> !stream.isAlive());
        int afterClose = reader.lines.size();
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> reader.lines.size() == afterClose);
        assertThat(reader.ends).isEmpty();
    }

    @Test
    void theLogOfAMissingContainerEndsWithTheEnginesSentence() {
        Reader reader = new Reader();
        reader.open(fixture.containers(), "berth-test-no-such-container", new LogRequest(false, LogRequest.ALL, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> reader.ends.size() == 1);
        assertThat(reader.failures).singleElement().isInstanceOf(DaemonException.class)
                .extracting(Throwable::getMessage).asString().contains("No such container");
    }

    /**
     * A shell script printing "run-R line-N" for N = 1…count, where R counts the container's runs (kept in a file in
     * the container's own filesystem, which survives a restart); it exits at once on SIGTERM.
     */
    private static String numberedLines(int count) {
        return "trap 'exit 0' TERM; r=$(( $(cat /run-count 2>/dev/null || echo 0) + 1 )); echo $r > /run-count; "
                + "i=0; while [ $i -lt " + count + " ]; do i=$((i+1)); echo run-$r line-$i; sleep 0.01; done";
    }

    /** The line numbers of each run, in the order received, from both subscriptions together. */
    @SafeVarargs
    private static Map<Integer, List<Integer>> numbersByRun(List<LogLine>... subscriptions) {
        List<LogLine> all = new ArrayList<>();
        for (List<LogLine> lines : subscriptions) {
            all.addAll(lines);
        }
        return all.stream().map(line -> {
            Matcher matcher = NUMBERED.matcher(line.text());
            assertThat(matcher.matches()).as("line %s", line.text()).isTrue();
            return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
        }).collect(Collectors.groupingBy(pair -> pair[0], java.util.TreeMap::new,
                Collectors.mapping(pair -> pair[1], Collectors.toList())));
    }

    private static Set<Thread> streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(STREAM_THREAD) && thread.isAlive())
                .collect(Collectors.toSet());
    }

    /** What a log view keeps: the lines in order, the end calls and their failures. */
    private static final class Reader {
        final List<LogLine> lines = new CopyOnWriteArrayList<>();
        final List<String> ends = new CopyOnWriteArrayList<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();
        Subscription subscription;

        void open(ContainerOperations containers, String id, LogRequest request) {
            subscription = containers.logs(id, request, lines::addAll, failure -> {
                ends.add(Thread.currentThread().getName());
                if (failure != null) {
                    failures.add(failure);
                }
            });
        }

        Instant lastTime() {
            return lines.get(lines.size() - 1).time();
        }
    }
}
