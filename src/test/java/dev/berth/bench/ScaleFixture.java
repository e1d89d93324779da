package dev.berth.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.berth.testing.TestEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * A thousand of everything on an engine of the benchmark's own: 1,000 containers (running, exited and created, a
 * third of them with a published port, all with labels, the running ones on the fixture's networks and with a
 * volume), 1,000 tags of the test image, 500 volumes, 200 networks, and at least 5,000 events in the engine's
 * history. Made from several threads; everything carries {@link TestEngine#TEST_LABEL}.
 */
final class ScaleFixture {
    static final int CONTAINERS = 1_000;
    static final int RUNNING = 200;
    static final int EXITED = 350;
    /** Created and never started: the containers the benchmark starts all at once. */
    static final int TO_START = 200;
    static final int IMAGE_TAGS = 1_000;
    static final int VOLUMES = 500;
    static final int NETWORKS = 200;
    static final int EVENTS = 5_000;
    static final String CONTAINER_PREFIX = "scale-c-";
    static final String TO_START_LABEL = "dev.berth.bench.start-at-once";
    private static final int THREADS = 8;

    private final DockerClient client;

    ScaleFixture(DockerClient client) {
        this.client = client;
    }

    /**
     * Makes the fixture and returns how many events the engine sent while it was made (counted from its live
     * stream: the engine keeps only its newest 256 for {@code docker events --since}).
     */
    long make() throws Exception {
        AtomicLong counted = new AtomicLong();
        try (ResultCallback.Adapter<Event> stream = client.eventsCmd().exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Event event) {
                counted.incrementAndGet();
            }
        })) {
            stream.awaitStarted();
            return make(counted);
        }
    }

    private long make(AtomicLong events) throws Exception {
        inParallel(NETWORKS, i -> client.createNetworkCmd().withName(String.format("scale-net-%03d", i))
                .withDriver("bridge").withLabels(Map.of(TestEngine.TEST_LABEL, "true")).exec());
        inParallel(VOLUMES, i -> client.createVolumeCmd().withName(String.format("scale-vol-%03d", i))
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true", "dev.berth.bench.tier", tier(i))).exec());
        inParallel(IMAGE_TAGS, i -> client.tagImageCmd(TestEngine.IMAGE, String.format("berth-scale/img-%04d", i),
                "latest").exec());
        inParallel(CONTAINERS, this::container);
        for (int round = 0; settled(events) < EVENTS; round++) {
            int pairs = (int) Math.min(250, (EVENTS - events.get() + 1) / 2);
            int offset = round * 250;
            inParallel(pairs, i -> {
                String id = client.createContainerCmd(TestEngine.IMAGE).withName("scale-extra-" + (offset + i))
                        .withLabels(Map.of(TestEngine.TEST_LABEL, "true")).withCmd("true").exec().getId();
                client.removeContainerCmd(id).exec();
            });
        }
        return events.get();
    }

    /**
     * Container {@code i}: the first {@link #RUNNING} run, the next {@link #EXITED} ran and exited, then
     * {@link #TO_START} wait to be started together, the rest were only created.
     */
    private void container(int i) {
        boolean running = i < RUNNING;
        boolean exited = !running && i < RUNNING + EXITED;
        boolean toStart = !running && !exited && i < RUNNING + EXITED + TO_START;
        Map<String, String> labels = new HashMap<>(Map.of(TestEngine.TEST_LABEL, "true", "dev.berth.bench.tier",
                tier(i), "dev.berth.bench.index", Integer.toString(i)));
        if (toStart) {
            labels.put(TO_START_LABEL, "true");
        }
        HostConfig hostConfig = HostConfig.newHostConfig()
                .withNetworkMode(String.format("scale-net-%03d", i % NETWORKS));
        List<ExposedPort> exposed = new ArrayList<>();
        if (i % 3 == 0) {
            ExposedPort port = ExposedPort.tcp(8080);
            exposed.add(port);
            hostConfig.withPortBindings(new PortBinding(Ports.Binding.empty(), port));
        }
        if (running || toStart) {
            hostConfig.withBinds(new Bind(String.format("scale-vol-%03d", i % VOLUMES), new Volume("/data")));
        }
        String id = client.createContainerCmd(TestEngine.IMAGE)
                .withName(String.format("%s%04d", CONTAINER_PREFIX, i)).withLabels(labels)
                .withCmd(running || toStart ? TestEngine.IDLE : new String[] {"true"})
                .withExposedPorts(exposed).withHostConfig(hostConfig).exec().getId();
        if (running || exited) {
            client.startContainerCmd(id).exec();
        }
    }

    private static String tier(int i) {
        return List.of("web", "db", "cache", "worker").get(i % 4);
    }

    /** The count once no event came for half a second. */
    private static long settled(AtomicLong events) throws InterruptedException {
        long before;
        do {
            before = events.get();
            Thread.sleep(500);
        } while (events.get() != before);
        return before;
    }

    private static void inParallel(int count, IntConsumer task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                done.add(threads.submit(() -> task.accept(index)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
