package dev.berth.daemon.containers;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.Subscription;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code docker stats} through the gateway's stream client, against the real engine. */
@ExtendWith(EngineRequired.class)
class ContainerStatsIT {
    /** docker-java runs each stream on its own thread, named "docker-java-stream-" + a hash of the request. */
    private static final String STREAM_THREAD = "docker-java-stream-";

    private GatewayFixture fixture;
    private final List<StatsSample> samples = new CopyOnWriteArrayList<>();
    private final List<Throwable> ends = new CopyOnWriteArrayList<>();
    private final List<String> endCalls = new CopyOnWriteArrayList<>();

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

    private static Set<Thread> streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(STREAM_THREAD) && thread.isAlive())
                .collect(Collectors.toSet());
    }

    private Subscription stats(String id) {
        return fixture.containers().stats(id, samples::add, failure -> {
            endCalls.add(Thread.currentThread().getName());
            if (failure != null) {
                ends.add(failure);
            }
        });
    }

    @Test
    void aBusyContainerShowsCpuAndMemoryAndCloseEndsTheStreamAndItsThread() {
        String id = fixture.engine.createContainer(TestEngine.uniqueName("stats-busy"),
                "sh", "-c", "while :; do :; done");
        fixture.client().startContainerCmd(id).exec();
        Set<Thread> before = streamThreads();

        Subscription subscription = stats(id);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> samples.stream().filter(s -> s.cpuPercent() > 0).count() >= 2);
        Set<Thread> opened = streamThreads();
        opened.removeAll(before);
        assertThat(opened).hasSize(1);
        StatsSample last = samples.get(samples.size() - 1);
        assertThat(last.memoryUsed()).isPositive();
        assertThat(last.memoryLimit()).isGreaterThanOrEqualTo(last.memoryUsed());
        assertThat(last.pids()).isPositive();
        assertThat(last.networkRx()).isNotNegative();
        assertThat(last.time()).isNotNull();

        subscription.close();

        Thread streamThread = opened.iterator().next();
        await().atMost(Duration.ofSeconds(5)).until(() -> !streamThread.isAlive());
        assertThat(streamThreads()).isEqualTo(before);
        int afterClose = samples.size();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> samples.size() == afterClose);
        assertThat(endCalls).isEmpty();
    }

    @Test
    void theStreamEndsByItselfWhenTheContainerStopsAndSaysSoOnce() {
        String id = fixture.engine.runContainer(TestEngine.uniqueName("stats-stop"));
        Set<Thread> before = streamThreads();
        stats(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> !samples.isEmpty());

        fixture.client().stopContainerCmd(id).exec();

        await().atMost(Duration.ofSeconds(10)).until(() -> !endCalls.isEmpty());
        assertThat(ends).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> streamThreads().equals(before));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> endCalls.size() == 1);
    }

    @Test
    void statsOfAMissingContainerEndWithTheEnginesSentence() {
        Set<Thread> before = streamThreads();

        stats("berth-test-no-such-container");

        await().atMost(Duration.ofSeconds(10)).until(() -> !endCalls.isEmpty());
        assertThat(ends).singleElement().isInstanceOf(DaemonException.class)
                .extracting(Throwable::getMessage).asString().contains("No such container");
        assertThat(samples).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> streamThreads().equals(before));
    }

    @Test
    void closingAtOnceLeavesNoThreadBehind() {
        String id = fixture.engine.runContainer(TestEngine.uniqueName("stats-quick"));
        Set<Thread> before = streamThreads();

        stats(id).close();

        await().atMost(Duration.ofSeconds(5)).until(() -> streamThreads().equals(before));
        assertThat(endCalls).isEmpty();
    }
}
