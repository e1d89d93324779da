package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.PortMapping;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One container in the table. Rows live as long as the container does: a refresh updates them in place, so the
 * table neither blinks nor loses the selection.
 */
public final class ContainerRow {
    /** How long a start or die event is believed over listings that say otherwise. */
    static final Duration EVENT_TRUSTED = Duration.ofSeconds(30);
    private final ReadOnlyObjectWrapper<ContainerSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper pendingAction = new ReadOnlyStringWrapper(this, "pendingAction", "");
    /** When the engine's listing gave the summary (its status text, "Up 5 seconds", speaks of that moment). */
    private Instant listedAt;
    /** Whether the row stands for a compose project above its containers rather than for a container. */
    private final boolean groupHeader;
    /** The state an event told (see {@link #told}) while no listing agrees yet, else null; and when. */
    private ContainerState told;
    private Instant toldAt;

    ContainerRow(ContainerSummary first) {
        this(first, false);
    }

    private ContainerRow(ContainerSummary first, boolean groupHeader) {
        listedAt = Instant.now();
        summary.set(first);
        this.groupHeader = groupHeader;
    }

    /** The row of a compose project when the table groups by project; its summary sums up its containers. */
    static ContainerRow groupHeader(ContainerSummary summary) {
        return new ContainerRow(summary, true);
    }

    public boolean isGroupHeader() {
        return groupHeader;
    }

    /**
     * An event said the container started or died: the row says so at once ({@code status} in the engine's words),
     * though the engine's list goes on saying otherwise for a moment (after a die, while the engine lets go of the
     * container's mounts and networks: seconds on a busy engine), and a list call asked before the event may answer
     * after it. Until a listing agrees, listings that say otherwise are taken as late, for up to
     * {@link #EVENT_TRUSTED}; the next event tells again.
     */
    void told(ContainerState state, String status, Instant at) {
        ContainerSummary shown = summary.get();
        if (groupHeader || shown.state().isActive() == state.isActive()) {
            return;
        }
        told = state;
        toldAt = at;
        listedAt = at;
        summary.set(with(shown, state, status));
    }

    /** Whether an event's news shows on the row that the engine's list does not show yet. */
    boolean awaitsListing() {
        return told != null;
    }

    /**
     * Brings the row up to {@code latest}, unless only its status text differs and merely counts on from the one
     * shown ("Up 5 seconds" listed again as "Up 8 seconds"): {@link #statusAt} tells that already, and a refresh
     * during a burst of events would otherwise change every running row, each a re-sort and a repaint.
     */
    void update(ContainerSummary latest) {
        Instant now = Instant.now();
        if (told != null) {
            if (latest.state().isActive() != told.isActive() && now.isBefore(toldAt.plus(EVENT_TRUSTED))) {
                return; // listed before what the event told
            }
            told = null;
        }
        ContainerSummary shown = summary.get();
        if (latest.equals(shown)) {
            return;
        }
        if (LiveStatus.onlyAged(shown.status(), listedAt, latest.status(), now)
                && latest.equals(with(shown, shown.state(), latest.status()))) {
            return;
        }
        listedAt = now;
        summary.set(latest);
    }

    private static ContainerSummary with(ContainerSummary summary, ContainerState state, String status) {
        return new ContainerSummary(summary.id(), summary.name(), summary.image(), summary.imageId(),
                summary.command(), state, status, summary.ports(), summary.created(), summary.labels());
    }

    /** The engine's status text as it would read at {@code now} ("Up 5 seconds" listed, "Up 1 minute" later). */
    public String statusAt(Instant now) {
        return LiveStatus.at(summary.get().status(), listedAt, now);
    }

    public String id() {
        return summary.get().id();
    }

    public String name() {
        return summary.get().name();
    }

    public ContainerState state() {
        return summary.get().state();
    }

    public ReadOnlyObjectProperty<ContainerSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Stopping…" while an action the user started is still running, else empty. */
    public ReadOnlyStringProperty pendingActionProperty() {
        return pendingAction.getReadOnlyProperty();
    }

    void setPendingAction(String action) {
        pendingAction.set(action);
    }

    public boolean isBusy() {
        return !pendingAction.get().isEmpty();
    }

    /** Published ports as `docker ps` shows them: "0.0.0.0:8080->80/tcp, 443/tcp". */
    public static String portsText(ContainerSummary container) {
        return container.ports().stream().map(PortMapping::display).collect(Collectors.joining(", "));
    }

    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String needle = query.strip().toLowerCase(Locale.ROOT);
        ContainerSummary container = summary.get();
        return container.name().toLowerCase(Locale.ROOT).contains(needle)
                || container.image().toLowerCase(Locale.ROOT).contains(needle)
                || container.id().startsWith(needle);
    }
}
