package dev.berth.bench;

import dev.berth.daemon.DaemonEvent;
import dev.berth.events.EventsViewModel;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.NoNavigation;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The heap the Events feed keeps per event: a feed (the app's view model) filled with 10,000 events like the soak's
 * (containers created, started, stopped and removed, each also connected to and disconnected from a network), made
 * as the gateway makes them (each event's strings fresh from the engine's JSON, then interned), and the heap in use
 * after full collections before and after, divided by the events kept. Then the classes that grew. Needs no engine
 * and no display:
 *
 * <pre>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.berth.bench.EventFeedFootprint</pre>
 */
public final class EventFeedFootprint {
    private static final int EVENTS = Integer.getInteger("bench.feed.events", 10_000);
    private static final String IMAGE = "berth-test/busybox:latest";
    private static final String NETWORK_ID = hexId();

    private EventFeedFootprint() {
    }

    public static void main(String[] args) throws Exception {
        FakeEngineGateway gateway = new FakeEngineGateway();
        EventsViewModel model = new EventsViewModel(gateway, Runnable::run, Runnable::run, Clock.systemUTC(),
                Duration.ofMinutes(15), EVENTS, new NoNavigation());
        model.open();
        gateway.goUp();
        long start = System.currentTimeMillis() * 1_000_000L;
        emit(gateway, start, 800); // every path once, then cleared: what is made once is not counted
        model.clear();
        Map<String, Long> classesBefore = Footprint.classHistogram();
        long before = heapAfterGc();
        int cycle = 0;
        while (model.keptProperty().get() < EVENTS) {
            emit(gateway, start + (1_000 + cycle) * 1_000_000_000L, cycle++);
        }
        long after = heapAfterGc();
        int kept = model.keptProperty().get();
        System.out.printf(Locale.ROOT, "%,d events kept (%,d cycles): heap after GC %.1f MB -> %.1f MB, %,d bytes per"
                + " kept event%n", kept, cycle, BenchSupport.mb(before), BenchSupport.mb(after), (after - before) / kept);
        System.out.println("grew most: " + Footprint.heapGrowth(classesBefore, Footprint.classHistogram(), 12));
        System.out.println("JVM options: " + BenchSupport.jvmOptions());
        model.close();
    }

    /** One container's life (eight events, as the engine sends them for the soak's cycles), at {@code nanos}. */
    private static void emit(FakeEngineGateway gateway, long nanos, int cycle) {
        String id = hexId();
        String name = "berth-soak-" + Integer.toHexString(cycle * 7919) + "-cycle-" + cycle;
        Map<String, String> labels = Map.of("dev.berth.test", "true", "image", IMAGE, "name", name);
        String[][] steps = {
            {"container", "create"}, {"network", "connect"}, {"container", "start"}, {"container", "kill", "signal", "15"},
            {"container", "die", "exitCode", "143"}, {"network", "disconnect"}, {"container", "stop"},
            {"container", "destroy"}};
        for (int i = 0; i < steps.length; i++) {
            String[] step = steps[i];
            Map<String, String> attributes = new HashMap<>();
            if (step[0].equals("network")) {
                attributes.put(fresh("container"), fresh(id));
                attributes.put(fresh("name"), fresh("none"));
                attributes.put(fresh("type"), fresh("null"));
            } else {
                labels.forEach((key, value) -> attributes.put(fresh(key), fresh(value)));
                if (step.length > 2) {
                    attributes.put(fresh(step[2]), fresh(step[3]));
                }
            }
            String actor = fresh(step[0].equals("network") ? NETWORK_ID : id);
            gateway.emit(new DaemonEvent(step[0], fresh(step[1]), actor, attributes, nanos + i * 1_000_000L));
        }
    }

    /** A string as the engine's JSON gives it (a copy of its own), interned as the gateway's events are. */
    private static String fresh(String text) {
        return new String(text.toCharArray()).intern();
    }

    private static String hexId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            id.append(String.format("%016x", ThreadLocalRandom.current().nextLong()));
        }
        return id.toString();
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
