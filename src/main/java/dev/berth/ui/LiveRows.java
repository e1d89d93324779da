package dev.berth.ui;

import dev.berth.daemon.Backoff;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.ui.concurrent.Debouncer;
import dev.berth.ui.concurrent.LatestAnswer;
import dev.berth.ui.concurrent.Scheduler;
import dev.berth.ui.concurrent.StartGate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A tab's rows kept true by the engine: the events that matter and every reconnection cause one debounced
 * {@code list()}, and while one is on its way, events only ask for one more after it, so a burst of events costs a
 * list call at a time rather than one per debounce; the newest answer wins (answers arriving out of order are
 * dropped) and is applied in place, so rows keep their identity (and the table its selection and scroll) across
 * refreshes. Some events come a moment before the list shows them (see {@link #catchUpAfter}): after those it reads
 * again until it does. A list call that
 * fails is shown as the tab's notice and read again a second later, then twice as long each time (up to half a
 * minute), until the engine answers; the answer takes that notice down. Rows and properties change on {@code ui}
 * only.
 *
 * @param <L> one answer of the list call (a list, or a list with what the rows also need)
 * @param <S> one entry of an answer, which becomes one row
 * @param <R> the row type
 */
public final class LiveRows<L, S, R> implements AutoCloseable {
    /** How often the list is read again after an event it did not show yet (see {@link #catchUpAfter}). */
    public static final int CATCH_UP_TRIES = 50;
    private static final Duration CATCH_UP_FIRST = Duration.ofMillis(50);
    /** The longest pause between two reads that catch up: 50 tries span about ten seconds. */
    static final Duration CATCH_UP_MOST = Duration.ofMillis(200);
    static final Duration RETRY_FIRST = Duration.ofSeconds(1);
    private static final Duration RETRY_MAX = Duration.ofSeconds(30);

    /**
     * What to list and how its entries become rows: {@code entries} unpacks an answer (called on {@code ui}, only
     * for answers that are applied); {@code key} tells which row an entry belongs to; {@code create} makes the row
     * for a new key, {@code update} brings an existing row up to date.
     */
    public record Source<L, S, R>(Supplier<CompletableFuture<L>> list, Function<L, List<S>> entries,
                                  Function<S, String> key, Function<S, R> create, BiConsumer<R, S> update) {

        /** A source whose answer is the list of entries itself. */
        public static <S, R> Source<List<S>, S, R> of(Supplier<CompletableFuture<List<S>>> list,
                                                      Function<S, String> key, Function<S, R> create,
                                                      BiConsumer<R, S> update) {
            return new Source<>(list, Function.identity(), key, create, update);
        }
    }

    private final Source<L, S, R> source;
    private final ResourceRows<R> rows;
    private final Debouncer refresh;
    private final LatestAnswer<L> answers;
    private final Map<String, R> byKey = new HashMap<>();
    private Predicate<R> wanted;
    private Runnable beforeSelectingWanted;
    private final List<Subscription> subscriptions = new ArrayList<>();
    /** Actors of early events the rows do not show yet → how often the list was read again for them. */
    private final Map<String, Integer> behind = new ConcurrentHashMap<>();
    private final AtomicBoolean catchUpScheduled = new AtomicBoolean();
    /** Whether an event's (or a catch-up's) list call is on its way, and whether another was asked for meanwhile. */
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicBoolean readAgain = new AtomicBoolean();
    private final Scheduler scheduler;
    private volatile Predicate<DaemonEvent> early = event -> false;
    private volatile Predicate<R> shown = row -> true;
    private StartGate firstRead = StartGate.alreadyOpen();
    private final NoticeHolder notice;
    private final Backoff retries = new Backoff(RETRY_FIRST, RETRY_MAX);
    /** The notice of the last failed list call while it shows (ui only), and the read again after it. */
    private Notice failureShown;
    private volatile Scheduler.Cancellable retry;

    /**
     * @param rows      the rows this keeps (and whose selection it clears before the selected row goes)
     * @param notice    where a failed list call is told (on {@code ui}), until a list call works
     */
    public LiveRows(Source<L, S, R> source, ResourceRows<R> rows, NoticeHolder notice, Executor ui,
                    Scheduler scheduler, Duration debounce) {
        this.source = source;
        this.rows = rows;
        this.notice = notice;
        this.answers = new LatestAnswer<>(ui, answer -> apply(source.entries().apply(answer)), this::failed);
        this.refresh = new Debouncer(scheduler, debounce, this::readOnce);
        this.scheduler = scheduler;
    }

    /**
     * For events the engine reports before its list shows them: a container's "die" comes while {@code docker ps}
     * still says running, for a few milliseconds or, on a busy engine, for seconds (the engine lets go of the
     * container's mounts and networks in between), and no event follows when the list catches up. After such an
     * event the list is read again, 50 ms after the answer that did not show it, then 100 ms, then every 200 ms,
     * until {@code shown} holds for the actor's row (or the row is gone, or another event about the actor came), at
     * most {@value #CATCH_UP_TRIES} times (about ten seconds). Call before {@link #follow}.
     */
    public void catchUpAfter(Predicate<DaemonEvent> early, Predicate<R> shown) {
        this.early = early;
        this.shown = shown;
    }

    /**
     * Holds back the read that follows the engine coming up until {@code gate} opens: for the lists of sections
     * that are not on screen while Berth starts. Call before {@link #follow}.
     */
    public void startAfter(StartGate gate) {
        this.firstRead = gate;
    }

    /** Reloads (debounced) on every event {@code matters} admits and whenever the engine comes up. */
    public void follow(EngineGateway gateway, Predicate<DaemonEvent> matters) {
        subscriptions.add(gateway.subscribeEvents(event -> {
            if (matters.test(event)) {
                if (early.test(event)) {
                    behind.put(event.actorId(), 0);
                } else {
                    behind.remove(event.actorId()); // what the list shows next is about this event
                }
                refresh.trigger();
            }
        }));
        subscriptions.add(gateway.onConnectionChange(state -> {
            if (state.isUp()) {
                firstRead.whenOpen(refresh::trigger);
            }
        }));
    }

    /** Asks for a reload soon; a burst of these costs one list call. */
    public void refreshSoon() {
        refresh.trigger();
    }

    /** Lists now; an answer older than one already applied is dropped. */
    public void reload() {
        answers.submit(source.list().get());
    }

    /** Lists now unless a list call of this kind is on its way; then once more after its answer was applied. */
    private void readOnce() {
        if (!reading.compareAndSet(false, true)) {
            readAgain.set(true);
            return;
        }
        CompletableFuture<L> call;
        try {
            call = source.list().get();
        } catch (RuntimeException failure) {
            call = CompletableFuture.failedFuture(failure);
        }
        answers.submit(call).whenComplete((handled, never) -> {
            reading.set(false);
            if (readAgain.getAndSet(false)) {
                refresh.trigger();
            }
        });
    }

    private void failed(Throwable failure) {
        failureShown = Notice.error(failure);
        notice.set(failureShown);
        if (retry == null) {
            retry = scheduler.schedule(retries.nextDelay(), () -> {
                retry = null; // read on ui by failed(), which only runs once the reload below answers
                reload();
            });
        }
    }

    private void apply(List<S> entries) {
        retries.reset();
        if (retry != null) {
            retry.cancel();
            retry = null;
        }
        notice.takeDown(failureShown);
        failureShown = null;
        Map<String, S> present = new LinkedHashMap<>();
        entries.forEach(entry -> present.putIfAbsent(source.key().apply(entry), entry));
        List<R> gone = byKey.entrySet().stream().filter(entry -> !present.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        if (gone.contains(rows.selectedProperty().get())) {
            rows.select(null);
        }
        byKey.keySet().retainAll(present.keySet());
        rows.modifiableRows().removeAll(gone);
        List<R> added = new ArrayList<>();
        rows.modifiableRows().batchUpdates(() -> present.forEach((key, entry) -> { // one change for all updates
            R existing = byKey.get(key);
            if (existing != null) {
                source.update().accept(existing, entry);
            } else {
                R row = source.create().apply(entry);
                byKey.put(key, row);
                added.add(row);
            }
        }));
        rows.modifiableRows().addAll(added);
        rows.markLoaded();
        applyWanted();
        catchUp();
    }

    /** Reads the list again later while it does not show an early event yet. */
    private void catchUp() {
        int tries = CATCH_UP_TRIES;
        for (Map.Entry<String, Integer> entry : behind.entrySet()) {
            R row = byKey.get(entry.getKey());
            if (row == null || shown.test(row) || entry.getValue() >= CATCH_UP_TRIES) {
                behind.remove(entry.getKey(), entry.getValue());
            } else {
                tries = Math.min(tries, entry.getValue());
            }
        }
        if (tries < CATCH_UP_TRIES && catchUpScheduled.compareAndSet(false, true)) {
            behind.replaceAll((actor, count) -> count + 1);
            Duration pause = tries < 2 ? CATCH_UP_FIRST.multipliedBy(1L << tries) : CATCH_UP_MOST;
            scheduler.schedule(pause, () -> {
                catchUpScheduled.set(false);
                readOnce();
            });
        }
    }

    /**
     * Asks the view (through {@link ResourceRows#selectionRequestProperty}) to select the first row {@code wanted}
     * admits, now or as soon as one is listed; {@code beforeSelecting} runs first (e.g. clearing a filter that would
     * hide it).
     */
    public void selectWhenListed(Predicate<R> wanted, Runnable beforeSelecting) {
        this.wanted = wanted;
        this.beforeSelectingWanted = beforeSelecting;
        applyWanted();
    }

    private void applyWanted() {
        Predicate<R> match = wanted;
        if (match == null) {
            return;
        }
        rows.all().stream().filter(match).findFirst().ifPresent(row -> {
            wanted = null;
            beforeSelectingWanted.run();
            rows.requestSelection(row);
        });
    }

    @Override
    public void close() {
        if (retry != null) {
            retry.cancel();
        }
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }
}
