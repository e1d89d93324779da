package dev.berth.events;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.ui.Navigator;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.UiBatcher;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The Events tab's state: the live feed of the engine's events, replayed for the last minutes when it opens, with
 * gap markers where the connection was lost, filters, pause (events keep being collected) and export. Events and
 * connection changes reach the UI thread together, in the order they happened, in batches.
 */
public final class EventsViewModel implements AutoCloseable {
    public static final Duration DEFAULT_REPLAY = Duration.ofMinutes(15);
    /**
     * How often the feed shows what arrived, for the once-per-interval {@code ui} executor the app gives it: four
     * times a second, less often than a followed log, because each showing scrolls the events table, which
     * re-styles and repaints every row that moved in. A lone event after a quiet spell still shows at the next frame.
     */
    public static final Duration FEED_INTERVAL = Duration.ofMillis(250);

    private final EngineGateway gateway;
    private final Executor ui;
    private final Executor io;
    private final Clock clock;
    private final Duration replay;
    private final Navigator navigator;
    private final EventFeed feed;
    private final int capacity;
    private final UiBatcher<Arrival> arrivals;
    private final List<FeedEntry> waiting = new ArrayList<>();
    private final ObjectProperty<String> typeFilter = new SimpleObjectProperty<>();
    private final StringProperty actionFilter = new SimpleStringProperty("");
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final IntegerProperty waitingCount = new SimpleIntegerProperty();
    private final IntegerProperty keptCount = new SimpleIntegerProperty();
    private final LongProperty droppedCount = new SimpleLongProperty();
    private final BooleanProperty replaying = new SimpleBooleanProperty();
    private final NoticeHolder notice = new NoticeHolder();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean everUp;
    private boolean replayAsked;
    private Instant lostAt;
    private Instant lastEventAt;
    private long droppedWhilePaused;

    /**
     * What reached Berth from the gateway: an event (as the feed's item, its texts made on the gateway's thread),
     * or a change of the connection.
     */
    private record Arrival(FeedEntry.Event item, ConnectionState state) {
    }

    /**
     * @param ui       runs on the UI thread; the app gives a once-per-frame executor, tests a same-thread one
     * @param io       writes exports
     * @param replay   how far back to replay when the feed opens
     * @param capacity how many items the feed keeps
     */
    public EventsViewModel(EngineGateway gateway, Executor ui, Executor io, Clock clock, Duration replay,
                           int capacity, Navigator navigator) {
        this.gateway = gateway;
        this.ui = ui;
        this.io = io;
        this.clock = clock;
        this.replay = replay;
        this.navigator = navigator;
        this.feed = new EventFeed(capacity);
        this.capacity = capacity;
        this.arrivals = new UiBatcher<>(ui, this::receive);
        typeFilter.addListener((obs, old, now) -> applyFilter());
        actionFilter.addListener((obs, old, now) -> applyFilter());
        textFilter.addListener((obs, old, now) -> applyFilter());
        paused.addListener((obs, old, now) -> {
            if (!now) {
                release();
            }
        });
    }

    public EventsViewModel(EngineGateway gateway, Executor ui, Executor io, Navigator navigator) {
        this(gateway, ui, io, Clock.systemDefaultZone(), DEFAULT_REPLAY, EventFeed.DEFAULT_CAPACITY, navigator);
    }

    /** Starts listening (the live stream first, so the replay that follows leaves no hole between the two). */
    public void open() {
        subscriptions.add(gateway.subscribeEvents(event -> arrivals.add(new Arrival(new FeedEntry.Event(event), null))));
        subscriptions.add(gateway.onConnectionChange(state -> arrivals.add(new Arrival(null, state))));
    }

    private void receive(List<Arrival> batch) {
        List<FeedEntry> items = new ArrayList<>(batch.size());
        for (Arrival arrival : batch) {
            if (arrival.item() != null) {
                items.add(arrival.item());
                lastEventAt = arrival.item().time();
            } else {
                connectionChanged(arrival.state(), items);
            }
        }
        if (paused.get()) {
            waiting.addAll(items);
            int overflow = waiting.size() - capacity; // more would push the whole feed out on resume anyway
            if (overflow > 0) {
                waiting.subList(0, overflow).clear();
                droppedWhilePaused += overflow;
                countKept();
            }
            waitingCount.set(waiting.size());
        } else {
            show(items);
        }
    }

    private void connectionChanged(ConnectionState state, List<FeedEntry> items) {
        Instant now = clock.instant();
        if (state.status() == ConnectionState.Status.DOWN && everUp && lostAt == null) {
            lostAt = now;
        } else if (state.isUp()) {
            if (everUp) { // any later "up" is a reconnect, with or without a "down" seen in between
                Instant from = lostAt != null ? lostAt : lastEventAt != null ? lastEventAt : now;
                items.add(new FeedEntry.Gap(from, now));
            }
            everUp = true;
            lostAt = null;
            replayRecent(now);
        }
    }

    /** Once, on the first connection: the engine's events of the last minutes, so the feed does not open empty. */
    private void replayRecent(Instant now) {
        if (replayAsked) {
            return;
        }
        replayAsked = true;
        replaying.set(true);
        gateway.eventHistory(now.minus(replay), now).whenComplete((history, failure) -> {
            List<FeedEntry.Event> items = failure != null ? List.of()
                    : history.stream().map(FeedEntry.Event::new).toList(); // formatted here, not on the UI thread
            ui.execute(() -> {
                replaying.set(false);
                if (failure != null) {
                    notice.set(Notice.error(failure));
                } else {
                    feed.mergeHistory(items);
                    countKept();
                }
            });
        });
    }

    private void show(List<FeedEntry> items) {
        if (!items.isEmpty()) {
            feed.append(items);
            countKept();
        }
    }

    private void release() {
        List<FeedEntry> released = List.copyOf(waiting);
        waiting.clear();
        waitingCount.set(0);
        show(released);
    }

    private void countKept() {
        keptCount.set(feed.size());
        droppedCount.set(feed.dropped() + droppedWhilePaused);
    }

    private void applyFilter() {
        feed.setFilter(new EventFilter(typeFilter.get(), actionFilter.get(), textFilter.get()));
    }

    /** Empties the feed (and what waits while paused); new events keep coming. */
    public void clear() {
        feed.clear();
        waiting.clear();
        waitingCount.set(0);
        countKept();
    }

    /** Writes the rows as they are shown now, in their order, on the io executor; completes with the row count. */
    public CompletableFuture<Integer> export(Path file, EventExport.Format format) {
        List<FeedEntry> rows = List.copyOf(feed.visible());
        return CompletableFuture.supplyAsync(() -> EventExport.write(rows, file, format), io)
                .whenComplete((written, failure) -> {
                    if (failure != null) {
                        ui.execute(() -> notice.set(new Notice(Notice.Kind.ERROR, "Could not write " + file + ": "
                                + EventExport.reason(failure), "Pick a folder you can write to and try again.")));
                    }
                });
    }

    /**
     * Whether the event's actor can be shown in its own section: Berth lists its type, and it still exists as far as
     * the feed knows (neither this event nor a later one removed it).
     */
    public boolean canShowActor(DaemonEvent event) {
        return listed(event) && !EventFeed.ENDING.contains(EventText.baseAction(event.action()))
                && !feed.isGone(event);
    }

    private static boolean listed(DaemonEvent event) {
        return switch (event.type()) {
            case "container", "image", "network", "volume" -> true;
            default -> false;
        };
    }

    /** Opens the actor in its section; one removed since its row was shown is said so instead. */
    public void showActor(DaemonEvent event) {
        if (!canShowActor(event)) {
            if (feed.isGone(event)) {
                notice.set(new Notice(Notice.Kind.INFO, "The " + event.type() + " " + event.actorName()
                        + " was removed since: there is nothing to show.", null));
            }
            return;
        }
        switch (event.type()) {
            case "container" -> navigator.showContainer(event.actorId());
            case "image" -> navigator.showImage(event.actorId());
            case "network" -> navigator.showNetwork(event.actorId());
            default -> navigator.showVolume(event.actorId());
        }
    }

    public ObservableList<FeedEntry> visibleItems() {
        return feed.visible();
    }

    public ObservableList<String> knownActions() {
        return feed.actions();
    }

    public ObjectProperty<String> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty actionFilterProperty() {
        return actionFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public ReadOnlyIntegerProperty waitingProperty() {
        return waitingCount;
    }

    /** Changes when the feed sees an object go: rows in view that link to it should ask {@link #canShowActor} again. */
    public ReadOnlyIntegerProperty removalsProperty() {
        return feed.removalsProperty();
    }

    public ReadOnlyIntegerProperty keptProperty() {
        return keptCount;
    }

    public ReadOnlyLongProperty droppedProperty() {
        return droppedCount;
    }

    public ReadOnlyBooleanProperty replayingProperty() {
        return replaying;
    }

    public NoticeHolder notice() {
        return notice;
    }

    public Duration replayWindow() {
        return replay;
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }
}
