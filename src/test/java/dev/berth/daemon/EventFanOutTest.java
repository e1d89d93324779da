package dev.berth.daemon;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventFanOutTest {

    private final EventFanOut fanOut = new EventFanOut();

    private static DaemonEvent event(String action, String name, long timeNanos) {
        return new DaemonEvent("container", action, "id-" + name, Map.of("name", name), timeNanos);
    }

    @Test
    void everyListenerGetsEachEventOnce() {
        List<DaemonEvent> first = new ArrayList<>();
        List<DaemonEvent> second = new ArrayList<>();
        fanOut.add(first::add);
        fanOut.add(second::add);
        DaemonEvent start = event("start", "web", 100);
        DaemonEvent stop = event("stop", "web", 200);

        fanOut.deliver(start);
        fanOut.deliver(stop);
        fanOut.deliver(stop);

        assertThat(first).containsExactly(start, stop);
        assertThat(second).containsExactly(start, stop);
    }

    @Test
    void closingASubscriptionStopsDeliveryToThatListenerOnly() {
        List<DaemonEvent> leaving = new ArrayList<>();
        List<DaemonEvent> staying = new ArrayList<>();
        Subscription subscription = fanOut.add(leaving::add);
        fanOut.add(staying::add);
        DaemonEvent before = event("start", "web", 100);
        DaemonEvent after = event("stop", "web", 200);

        fanOut.deliver(before);
        subscription.close();
        fanOut.deliver(after);

        assertThat(leaving).containsExactly(before);
        assertThat(staying).containsExactly(before, after);
    }

    private static final long WINDOW = EventFanOut.REORDER_WINDOW_NANOS;

    @Test
    void resumePointIsZeroBeforeAnyEventThenAWindowBeforeTheNewestTime() {
        assertThat(fanOut.resumePoint()).isZero();

        fanOut.deliver(event("create", "web", 1_732_761_600_123_456_789L));
        assertThat(fanOut.resumePoint()).isEqualTo(1_732_761_600_123_456_789L - WINDOW);

        fanOut.deliver(event("start", "web", 1_732_761_601_000_000_000L));
        assertThat(fanOut.resumePoint()).isEqualTo(1_732_761_601_000_000_000L - WINDOW);
    }

    @Test
    void olderEventDoesNotMoveTheResumePointBack() {
        fanOut.deliver(event("start", "web", 10 * WINDOW));
        fanOut.deliver(event("start", "db", 10 * WINDOW - 400));

        assertThat(fanOut.resumePoint()).isEqualTo(9 * WINDOW);
    }

    @Test
    void eventsStampedConcurrentlyMayArriveOutOfTimeOrderAndAreAllDelivered() {
        List<DaemonEvent> seen = new ArrayList<>();
        fanOut.add(seen::add);
        DaemonEvent later = event("create", "a", 10 * WINDOW + 500);
        DaemonEvent earlier = event("create", "b", 10 * WINDOW + 200);

        fanOut.deliver(later);
        fanOut.deliver(earlier);
        fanOut.deliver(later);

        assertThat(seen).containsExactly(later, earlier);
    }

    @Test
    void aReplayFromTheResumePointRepeatsNothingItStillRemembers() {
        List<DaemonEvent> seen = new ArrayList<>();
        fanOut.add(seen::add);
        DaemonEvent old = event("create", "a", 10 * WINDOW - WINDOW / 2);
        DaemonEvent last = event("start", "a", 10 * WINDOW);
        fanOut.deliver(old);
        fanOut.deliver(last);
        DaemonEvent missed = event("die", "a", 10 * WINDOW + 1);

        for (DaemonEvent replayed : List.of(old, last, missed)) { // all at or after resumePoint()
            fanOut.deliver(replayed);
        }

        assertThat(seen).containsExactly(old, last, missed);
        fanOut.deliver(event("create", "ancient", 8 * WINDOW)); // older than the replay could bring: a repeat
        assertThat(seen).hasSize(3);
    }

    @Test
    void replayAfterReconnectDeliversOnlyTheNewEvents() {
        List<DaemonEvent> seen = new ArrayList<>();
        fanOut.add(seen::add);
        DaemonEvent create = event("create", "web", 100);
        DaemonEvent start = event("start", "web", 200);
        DaemonEvent die = event("die", "web", 300);
        fanOut.deliver(create);
        fanOut.deliver(start);
        fanOut.deliver(die);
        seen.clear();

        // The engine replays from `since` = resumePoint(): the last seen event again, then what happened meanwhile.
        DaemonEvent restart = event("restart", "web", 400);
        DaemonEvent destroy = event("destroy", "db", 500);
        for (DaemonEvent replayed : List.of(create, start, die, restart, destroy)) {
            fanOut.deliver(replayed);
        }

        assertThat(seen).containsExactly(restart, destroy);
        assertThat(fanOut.resumePoint()).isEqualTo(1); // within the first window: the engine's whole history
    }

    @Test
    void distinctEventsSharingOneTimestampAreBothDeliveredOnceAcrossAReplay() {
        List<DaemonEvent> seen = new ArrayList<>();
        fanOut.add(seen::add);
        DaemonEvent stopWeb = event("stop", "web", 700);
        DaemonEvent stopDb = event("stop", "db", 700);

        fanOut.deliver(stopWeb);
        fanOut.deliver(stopDb);
        assertThat(seen).containsExactly(stopWeb, stopDb);

        // Reconnect at since=700: both come again, plus a third one that shares the same nanosecond.
        DaemonEvent stopCache = event("stop", "cache", 700);
        fanOut.deliver(stopWeb);
        fanOut.deliver(stopDb);
        fanOut.deliver(stopCache);

        assertThat(seen).containsExactly(stopWeb, stopDb, stopCache);
    }

    @Test
    void sameTimestampEventsArriveInEitherOrderOnReplay() {
        List<DaemonEvent> seen = new ArrayList<>();
        fanOut.add(seen::add);
        DaemonEvent a = event("kill", "web", 900);
        DaemonEvent b = event("die", "web", 900);
        fanOut.deliver(a);
        fanOut.deliver(b);

        fanOut.deliver(b);
        fanOut.deliver(a);

        assertThat(seen).containsExactly(a, b);
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthers() {
        List<DaemonEvent> before = new ArrayList<>();
        List<DaemonEvent> after = new ArrayList<>();
        fanOut.add(before::add);
        fanOut.add(e -> {
            throw new IllegalStateException("listener bug");
        });
        fanOut.add(after::add);
        DaemonEvent first = event("start", "web", 100);
        DaemonEvent second = event("stop", "web", 200);

        fanOut.deliver(first);
        fanOut.deliver(second);

        assertThat(before).containsExactly(first, second);
        assertThat(after).containsExactly(first, second);
        assertThat(fanOut.resumePoint()).isEqualTo(1);
    }
}
