package dev.berth.events;

import dev.berth.daemon.DaemonEvent;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The newest {@code capacity} feed items in arrival order, each event once, and the ones the filter lets through in
 * {@link #visible()}. New items are filtered as they come (never the whole feed again); only a change of the filter
 * re-reads all kept items. It also knows which containers, networks and volumes its events saw go, so that their
 * older rows link nowhere. Owned by one thread (the FX thread); the lists are not thread-safe.
 */
final class EventFeed {
    static final int DEFAULT_CAPACITY = 10_000;
    /** Actions after which the object an event names is gone. */
    static final Set<String> ENDING = Set.of("destroy", "delete", "remove", "prune");

    private final int capacity;
    private final List<FeedEntry> kept = new ArrayList<>();
    /** The kept events, to know one sent twice (an event equals another sighting of itself). */
    private final Set<FeedEntry.Event> keys = new HashSet<>();
    private final FeedBatchList visible = new FeedBatchList();
    private final ObservableList<String> actions = FXCollections.observableArrayList();
    private final Set<String> actionSet = new TreeSet<>();
    /**
     * The ids of objects whose last event here ended them, by type; only of the types whose objects are named the
     * same by all their events (an image's events name it by id or by reference, so the last one about an id may
     * not be the last about the image).
     */
    private final Map<String, Set<String>> gone = Map.of("container", new HashSet<>(), "network", new HashSet<>(),
            "volume", new HashSet<>());
    private final ReadOnlyIntegerWrapper removals = new ReadOnlyIntegerWrapper(this, "removals");
    private boolean goneGrew;
    private EventFilter filter = EventFilter.NONE;
    private long dropped;

    EventFeed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The feed keeps at least one event, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** The kept items that pass the filter, oldest first: the table's rows. */
    ObservableList<FeedEntry> visible() {
        return visible;
    }

    /** Every action seen so far ("create", "die"…), sorted, for the action filter's suggestions. */
    ObservableList<String> actions() {
        return actions;
    }

    int size() {
        return kept.size();
    }

    /** Items that were kept once and made room for newer ones. */
    long dropped() {
        return dropped;
    }

    /** Adds events (skipping any already kept) and gap markers in the order they arrived. */
    void append(List<FeedEntry> batch) {
        List<FeedEntry> shown = new ArrayList<>();
        for (FeedEntry item : batch) {
            if (item instanceof FeedEntry.Event event) {
                if (keys.add(event)) {
                    kept.add(item);
                    noteAction(event.event());
                    noteActor(event.event());
                    if (filter.matches(item)) {
                        shown.add(item);
                    }
                }
            } else if (item instanceof FeedEntry.Gap gap) {
                visible.advance(0, shown);
                shown.clear();
                insertGap(gap);
            }
        }
        int overflow = kept.size() - capacity;
        int hiddenFromView = 0;
        if (overflow > 0) {
            List<FeedEntry> oldest = kept.subList(0, overflow);
            for (FeedEntry gone : oldest) {
                if (gone instanceof FeedEntry.Event event) {
                    keys.remove(event);
                }
                if (filter.matches(gone)) {
                    hiddenFromView++;
                }
            }
            oldest.clear();
            dropped += overflow;
            if (goneCount() > 2 * capacity) {
                readGone(); // forgets the objects whose every row has dropped out
            }
        }
        int fromVisible = Math.min(hiddenFromView, visible.size());
        shown.subList(0, Math.min(hiddenFromView - fromVisible, shown.size())).clear(); // gone before shown
        visible.advance(fromVisible, shown);
        tellRemovals();
    }

    private void tellRemovals() {
        if (goneGrew) {
            goneGrew = false;
            removals.set(removals.get() + 1);
        }
    }

    /**
     * A gap goes after the last item older than it: when the connection comes back, the replayed events may overtake
     * the news that it is back, and the marker must still come before them. A gap right after another (the
     * connection came back and broke again before any event) widens that one.
     */
    private void insertGap(FeedEntry.Gap gap) {
        int at = kept.size();
        while (at > 0 && kept.get(at - 1).time().isAfter(gap.from())) {
            at--;
        }
        int visibleAfter = 0;
        for (int i = at; i < kept.size(); i++) {
            if (filter.matches(kept.get(i))) {
                visibleAfter++;
            }
        }
        if (at > 0 && kept.get(at - 1) instanceof FeedEntry.Gap earlier) { // no events between: one outage
            FeedEntry.Gap merged = new FeedEntry.Gap(earlier.from(),
                    gap.until().isAfter(earlier.until()) ? gap.until() : earlier.until());
            kept.set(at - 1, merged);
            visible.set(visible.size() - visibleAfter - 1, merged); // gaps always show
            return;
        }
        kept.add(at, gap);
        visible.add(visible.size() - visibleAfter, gap);
    }

    /**
     * Merges the engine's replay of recent events into the feed in time order, each event once. Called once, when
     * the feed opens and is still short, so re-reading it whole is cheap.
     */
    void mergeHistory(List<FeedEntry.Event> history) {
        List<FeedEntry> merged = new ArrayList<>(kept);
        for (FeedEntry.Event item : history) {
            if (keys.add(item)) {
                merged.add(item);
                noteAction(item.event());
            }
        }
        merged.sort(Comparator.comparing(FeedEntry::time)); // stable: same-time events keep their order
        int overflow = merged.size() - capacity;
        for (FeedEntry gone : merged.subList(0, Math.max(0, overflow))) {
            if (gone instanceof FeedEntry.Event event) {
                keys.remove(event);
            }
        }
        kept.clear();
        kept.addAll(merged.subList(Math.max(0, overflow), merged.size()));
        dropped += Math.max(0, overflow);
        readGone();
        refilter();
        tellRemovals();
    }

    void setFilter(EventFilter next) {
        if (!next.equals(filter)) {
            filter = next;
            refilter();
        }
    }

    void clear() {
        kept.clear();
        keys.clear();
        gone.values().forEach(Set::clear);
        visible.clear();
    }

    /** Counts the batches in which the feed saw objects go, so that rows in view can drop their links to them. */
    ReadOnlyIntegerProperty removalsProperty() {
        return removals.getReadOnlyProperty();
    }

    /** Whether the object this event names is gone, by what the feed saw last about it. */
    boolean isGone(DaemonEvent event) {
        Set<String> ids = gone.get(event.type());
        return ids != null && ids.contains(event.actorId());
    }

    private void noteActor(DaemonEvent event) {
        Set<String> ids = gone.get(event.type());
        if (ids != null) {
            if (ENDING.contains(EventText.baseAction(event.action()))) {
                goneGrew |= ids.add(event.actorId());
            } else {
                ids.remove(event.actorId()); // a volume made again under its old name
            }
        }
    }

    private int goneCount() {
        return gone.values().stream().mapToInt(Set::size).sum();
    }

    private void readGone() {
        gone.values().forEach(Set::clear);
        for (FeedEntry item : kept) {
            if (item instanceof FeedEntry.Event event) {
                noteActor(event.event());
            }
        }
    }

    private void refilter() {
        visible.setAll(kept.stream().filter(filter::matches).toList());
    }

    private void noteAction(DaemonEvent event) {
        String action = EventText.baseAction(event.action());
        if (actionSet.add(action)) {
            actions.setAll(actionSet);
        }
    }
}
