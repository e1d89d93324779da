package dev.berth.bench;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import dev.berth.containers.ContainerRow;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.testing.TestEngine;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static dev.berth.testing.FxThread.onFx;

/**
 * The {@link ScaleFixture#TO_START} containers started at once from threads, then stopped at once, while the
 * Containers section shows: from the engine's last event about them (as a client of its event stream got it) until
 * the end of the layout of the first frame after which every one of their rows shows the new state; and the FX
 * thread's stalls meanwhile (the 5 ms probe), beside the probe's own figures while nothing happens and beside the
 * same start and stop with a bare JavaFX window in Berth's place: the engine starting 200 containers loads the
 * machine's two cores, and that alone makes any window's FX thread wait.
 */
final class ScaleStarts {
    private static final int THREADS = 16;
    private static final long SETTLE_MS = 3_000;
    private final ScaleWindow window;
    private final TestEngine engine;
    private final Map<String, Long> lastEvent = new ConcurrentHashMap<>();

    ScaleStarts(ScaleWindow window, TestEngine engine) {
        this.window = window;
        this.engine = engine;
    }

    /**
     * One start and stop of the containers with a bare window (one empty {@code TableView}) shown and the probe
     * running: call before Berth's window opens, in the JVM that will show it.
     */
    static void withABareWindow(TestEngine engine, ScaleReport report) throws Exception {
        ScaleStarts bare = new ScaleStarts(null, engine);
        Stage stage = onFx(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new TableView<>(), 1200, 800));
            shown.show();
            return shown;
        });
        EventBurstBenchmark.Probe probe = new EventBurstBenchmark.Probe();
        probe.start();
        try (ResultCallback.Adapter<Event> events = bare.followEvents()) {
            Thread.sleep(SETTLE_MS);
            probe.take();
            report.bareStarts.add(bare.act(bare.ids(), "start", id -> engine.client().startContainerCmd(id).exec(),
                    probe));
            Thread.sleep(SETTLE_MS);
            probe.take();
            report.bareStops.add(bare.act(bare.ids(), "die", id -> engine.client().killContainerCmd(id).exec(),
                    probe));
        } finally {
            probe.stop();
            onFx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private List<String> ids() {
        return engine.client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ScaleFixture.TO_START_LABEL, "true")).exec().stream()
                .map(Container::getId).toList();
    }

    private ResultCallback.Adapter<Event> followEvents() throws InterruptedException {
        ResultCallback.Adapter<Event> events = engine.client().eventsCmd().withEventTypeFilter("container")
                .withEventFilter("start", "die").exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Event event) {
                        lastEvent.put(event.getAction() + " " + event.getId(), System.nanoTime());
                    }
                });
        events.awaitStarted();
        return events;
    }

    void measure(ScaleReport report) throws Exception {
        List<String> ids = ids();
        EventBurstBenchmark.Probe probe = new EventBurstBenchmark.Probe();
        probe.start();
        try (ResultCallback.Adapter<Event> events = followEvents()) {
            for (int run = 0; run < ScaleBenchmark.RUNS; run++) {
                Thread.sleep(SETTLE_MS);
                probe.take();
                Thread.sleep(SETTLE_MS);
                report.idleStalls.add(probe.take());
                report.starts.add(change(ids, "start", ContainerState.RUNNING,
                        id -> engine.client().startContainerCmd(id).exec(), probe));
                Thread.sleep(SETTLE_MS);
                probe.take();
                report.stops.add(change(ids, "die", ContainerState.EXITED,
                        id -> engine.client().killContainerCmd(id).exec(), probe));
            }
        } finally {
            probe.stop();
        }
    }

    /** The rows a table shows, to look up 200 of them among 1,000 at once (its own contains looks at each). */
    private static Set<Object> shownRows(TableView<?> table) {
        Set<Object> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        shown.addAll(table.getItems());
        return shown;
    }

    /** Does {@code action} to every container from {@value #THREADS} threads and times the rows catching up. */
    private ScaleReport.Change change(List<String> ids, String event, ContainerState state, Consumer<String> action,
                                      EventBurstBenchmark.Probe probe) throws Exception {
        TableView<?> table = window.table("containers-table");
        Set<String> wanted = Set.copyOf(ids);
        List<ContainerRow> rows = onFx(() -> table.getItems().stream() // a refresh keeps them, updated in place
                .filter(item -> item instanceof ContainerRow row && wanted.contains(row.id()))
                .map(ContainerRow.class::cast).toList());
        CompletableFuture<Long> right = window.whenShown(() -> rows.stream().allMatch(row -> row.state() == state)
                && shownRows(table).containsAll(rows));
        long start = System.nanoTime();
        long last = actOnAll(ids, event, action);
        long shown = right.get(60, TimeUnit.SECONDS);
        Thread.sleep(1_000); // what the rows' change costs after they show it
        return new ScaleReport.Change((last - start) / 1e9, (shown - last) / 1e6, probe.take());
    }

    /** The same action on every container with no rows to watch: the stalls and the engine's time. */
    private ScaleReport.Change act(List<String> ids, String event, Consumer<String> action,
                                   EventBurstBenchmark.Probe probe) throws Exception {
        long start = System.nanoTime();
        long last = actOnAll(ids, event, action);
        Thread.sleep(1_000);
        return new ScaleReport.Change((last - start) / 1e9, Double.NaN, probe.take());
    }

    /** Does {@code action} to every container from {@value #THREADS} threads; answers the time of the last event. */
    private long actOnAll(List<String> ids, String event, Consumer<String> action) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String id : ids) {
                done.add(threads.submit(() -> action.accept(id)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
        BenchSupport.await(() -> ids.stream().allMatch(id -> lastEvent.containsKey(event + " " + id)),
                java.time.Duration.ofSeconds(30), "the engine's " + event + " events");
        return ids.stream().mapToLong(id -> lastEvent.remove(event + " " + id)).max().orElseThrow();
    }
}
