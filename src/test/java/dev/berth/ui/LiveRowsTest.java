package dev.berth.ui;

import dev.berth.daemon.DaemonEvent;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.ui.concurrent.StartGate;
import dev.berth.testing.ManualScheduler;
import javafx.beans.Observable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRowsTest {
    private record Item(String id, String label) {
    }

    private static final class Row {
        final String id;
        String label;

        Row(Item item) {
            id = item.id();
            label = item.label();
        }

        void update(Item item) {
            label = item.label();
        }
    }

    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    private final ManualScheduler scheduler = new ManualScheduler();
    /** The answers the list calls wait for, in the order they were asked. */
    private final List<CompletableFuture<List<Item>>> calls = new CopyOnWriteArrayList<>();
    private final ResourceRows<Row> rows = new ResourceRows<>(row -> new Observable[0], (row, text) -> true);
    private final NoticeHolder notice = new NoticeHolder();
    private final LiveRows<List<Item>, Item, Row> live = new LiveRows<>(LiveRows.Source.of(this::list, Item::id,
            Row::new, Row::update), rows, notice, Runnable::run, scheduler, DEBOUNCE);

    private CompletableFuture<List<Item>> list() {
        CompletableFuture<List<Item>> answer = new CompletableFuture<>();
        calls.add(answer);
        return answer;
    }

    private void listNow(Item... items) {
        live.reload();
        calls.get(calls.size() - 1).complete(List.of(items));
    }

    private Row row(String id) {
        return rows.all().stream().filter(row -> row.id.equals(id)).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void anAnswerOlderThanTheShownOneIsDropped() {
        live.reload();
        live.reload();

        calls.get(1).complete(List.of(new Item("a", "new")));
        calls.get(0).complete(List.of(new Item("a", "old"), new Item("b", "gone meanwhile")));

        assertThat(rows.all()).extracting(row -> row.label).containsExactly("new");
        assertThat(rows.loadedProperty().get()).isTrue();
    }

    @Test
    void rowsAreUpdatedInPlaceVanishedOnesGoAndNewOnesAreAppended() {
        listNow(new Item("a", "1"), new Item("b", "1"));
        Row a = row("a");

        listNow(new Item("c", "1"), new Item("a", "2"));

        assertThat(rows.all()).extracting(row -> row.id).containsExactly("a", "c");
        assertThat(row("a")).isSameAs(a);
        assertThat(a.label).isEqualTo("2");
    }

    @Test
    void aVanishedSelectionIsClearedAndAKeptOneStays() {
        listNow(new Item("a", "1"), new Item("b", "1"));
        rows.select(row("b"));
        List<Object> seenWhenCleared = new ArrayList<>();
        rows.selectedProperty().addListener((obs, old, now) -> seenWhenCleared.addAll(rows.all()));

        listNow(new Item("a", "1"));
        assertThat(rows.selectedProperty().get()).isNull();
        assertThat(seenWhenCleared).as("cleared while its row was still there").hasSize(2);

        rows.select(row("a"));
        listNow(new Item("a", "2"));
        assertThat(rows.selectedProperty().get()).isSameAs(row("a"));
    }

    @Test
    void aWantedSelectionIsAskedForOnceItsRowIsListed() {
        listNow(new Item("a", "1"));
        AtomicInteger filtersCleared = new AtomicInteger();

        live.selectWhenListed(row -> row.id.equals("new"), filtersCleared::incrementAndGet);
        assertThat(rows.selectionRequestProperty().get()).isNull();

        listNow(new Item("a", "1"), new Item("new", "1"));
        assertThat(rows.selectionRequestProperty().get()).isSameAs(row("new"));
        assertThat(filtersCleared).hasValue(1);

        listNow(new Item("a", "1"), new Item("new", "2"));
        assertThat(filtersCleared).as("asked once, not on every refresh").hasValue(1);
    }

    @Test
    void theSameRowAskedForAgainStillNotifies() {
        listNow(new Item("a", "1"));
        List<Row> requests = new ArrayList<>();
        rows.selectionRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });

        live.selectWhenListed(row -> row.id.equals("a"), () -> { });
        live.selectWhenListed(row -> row.id.equals("a"), () -> { });

        assertThat(requests).containsExactly(row("a"), row("a"));
    }

    @Test
    void aFailedListIsReportedAndTheRowsStay() {
        listNow(new Item("a", "1"));
        IllegalStateException refusal = new IllegalStateException("engine said no");

        live.reload();
        calls.get(calls.size() - 1).completeExceptionally(refusal);

        assertThat(notice.get().sentence()).contains("engine said no");
        assertThat(rows.all()).extracting(row -> row.id).containsExactly("a");
    }

    @Test
    void aFailedListIsReadAgainLaterAndLongerApartUntilItWorksThenItsNoticeGoes() {
        live.reload();
        calls.get(0).completeExceptionally(new IllegalStateException("engine said no"));
        scheduler.advance(LiveRows.RETRY_FIRST.minusMillis(1));
        assertThat(calls).as("list calls before the first second passed").hasSize(1);

        scheduler.advance(Duration.ofMillis(1));
        assertThat(calls).hasSize(2);
        calls.get(1).completeExceptionally(new IllegalStateException("engine said no again"));
        scheduler.advance(LiveRows.RETRY_FIRST.multipliedBy(2).minusMillis(1));
        assertThat(calls).as("the second try waits twice as long").hasSize(2);
        scheduler.advance(Duration.ofMillis(1));
        assertThat(calls).hasSize(3);
        assertThat(notice.get().sentence()).contains("again");

        calls.get(2).complete(List.of(new Item("a", "1")));
        assertThat(rows.all()).extracting(row -> row.id).containsExactly("a");
        assertThat(notice.get()).as("the list's failure once the list was read").isNull();
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(calls).as("list calls once one worked").hasSize(3);
    }

    @Test
    void aListThatWorksAgainLeavesAnotherNoticeStanding() {
        live.reload();
        calls.get(0).completeExceptionally(new IllegalStateException("engine said no"));
        Notice other = new Notice(Notice.Kind.ERROR, "Could not stop container web.", null);
        notice.set(other);

        live.reload();
        calls.get(1).complete(List.of());

        assertThat(notice.get()).isSameAs(other);
    }

    @Test
    void behindAStartGateTheFirstReadWaitsUntilTheGateOpens() {
        FakeEngineGateway engine = new FakeEngineGateway();
        StartGate gate = new StartGate();
        live.startAfter(gate);
        live.follow(engine, event -> event.isAbout("container"));

        engine.goUp();
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(calls).as("nothing read while the window's first list is being read").isEmpty();

        gate.open();
        scheduler.advance(DEBOUNCE);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aBurstOfEventsThatMatterCostsOneListAndOthersNone() {
        FakeEngineGateway engine = new FakeEngineGateway();
        live.follow(engine, event -> event.isAbout("container"));
        engine.goUp();
        for (int i = 0; i < 50; i++) {
            engine.emit(FakeEngineGateway.containerEvent("start", "c" + i));
        }
        assertThat(calls).isEmpty();
        scheduler.advance(DEBOUNCE);
        assertThat(calls).hasSize(1);
        calls.get(0).complete(List.of(new Item("a", "1")));

        for (int i = 0; i < 20; i++) {
            engine.emit(new DaemonEvent("image", "pull", "img" + i, Map.of(), System.nanoTime()));
        }
        assertThat(scheduler.pending()).isEmpty();
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(calls).hasSize(1);
        assertThat(rows.all()).extracting(row -> row.id).containsExactly("a");

        live.close();
        engine.emit(FakeEngineGateway.containerEvent("die", "c1"));
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(calls).as("closed: no more lists").hasSize(1);
    }

    @Test
    void eventsWhileAListIsOnItsWayCostOneMoreListAfterItsAnswer() {
        FakeEngineGateway engine = new FakeEngineGateway();
        live.follow(engine, event -> event.isAbout("container"));
        engine.emit(FakeEngineGateway.containerEvent("start", "c0"));
        scheduler.advance(DEBOUNCE);
        assertThat(calls).hasSize(1);

        for (int i = 1; i < 50; i++) {
            engine.emit(FakeEngineGateway.containerEvent("start", "c" + i));
            scheduler.advance(DEBOUNCE);
        }
        assertThat(calls).as("while the first is on its way").hasSize(1);

        calls.get(0).complete(List.of(new Item("c0", "up")));
        assertThat(calls).as("the answer is applied before anything else is read").hasSize(1);
        scheduler.advance(DEBOUNCE);
        assertThat(calls).hasSize(2);
        calls.get(1).complete(List.of(new Item("c0", "up"), new Item("c1", "up")));
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(calls).as("nothing asked meanwhile, nothing read").hasSize(2);
        assertThat(rows.all()).extracting(row -> row.id).containsExactly("c0", "c1");
    }

    @Test
    void aListCallThatFailsToStartLetsTheNextEventReadAgain() {
        FakeEngineGateway engine = new FakeEngineGateway();
        AtomicInteger asked = new AtomicInteger();
        LiveRows<List<Item>, Item, Row> failing = new LiveRows<>(LiveRows.Source.of(() -> {
            if (asked.incrementAndGet() == 1) {
                throw new IllegalStateException("no connection");
            }
            return list();
        }, Item::id, Row::new, Row::update), rows, notice, Runnable::run, scheduler, DEBOUNCE);
        failing.follow(engine, event -> event.isAbout("container"));

        engine.emit(FakeEngineGateway.containerEvent("start", "c0"));
        scheduler.advance(DEBOUNCE);
        assertThat(notice.get().sentence()).contains("no connection");
        engine.emit(FakeEngineGateway.containerEvent("start", "c1"));
        scheduler.advance(DEBOUNCE);

        assertThat(calls).hasSize(1);
        failing.close();
    }

    @Test
    void anEarlyEventIsReadAgainWithoutWaitingLongerAndLongerUntilTheListShowsIt() {
        FakeEngineGateway engine = new FakeEngineGateway();
        live.catchUpAfter(event -> event.action().equals("die"), row -> row.label.equals("exited"));
        live.follow(engine, event -> event.isAbout("container"));
        engine.emit(FakeEngineGateway.containerEvent("die", "a"));
        scheduler.advance(DEBOUNCE);
        calls.get(0).complete(List.of(new Item("a", "running")));

        List<Duration> pauses = new ArrayList<>();
        for (int read = 1; read <= 20; read++) {
            pauses.add(scheduler.pending().get(0));
            scheduler.advance(scheduler.pending().get(0));
            calls.get(read).complete(List.of(new Item("a", "running")));
        }
        assertThat(pauses.subList(0, 3)).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100),
                LiveRows.CATCH_UP_MOST);
        assertThat(pauses.subList(3, 20)).as("no longer than that").containsOnly(LiveRows.CATCH_UP_MOST);

        scheduler.advance(LiveRows.CATCH_UP_MOST);
        calls.get(21).complete(List.of(new Item("a", "exited")));
        assertThat(row("a").label).isEqualTo("exited");
        assertThat(scheduler.pending()).as("the list agrees with the event").isEmpty();
    }
}
