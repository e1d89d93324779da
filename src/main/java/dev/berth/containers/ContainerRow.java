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
    /** How long a die event is believed over listings that still say the container runs. */
    static final Duration DIE_TRUSTED = Duration.ofSeconds(30);
    private final ReadOnlyObjectWrapper<ContainerSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper pendingAction = new ReadOnlyStringWrapper(this, "pendingAction", "");
    /** When the engine's listing gave the summary (its status text, "Up 5 seconds", speaks of that moment). */
    private Instant listedAt;
    /** Whether the row stands for a compose project above its containers rather than for a container. */
    private final boolean groupHeader;
    /**
     * The listing a die event overrode while the engine's list still says it runs (see {@link #died}), and when it
     * was listed; null once a listing agrees.
     */
    private ContainerSummary beforeDying;
    private Instant listedBeforeDying;

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
     * The engine said the container died: the row says exited at once, with the event's exit code, though the
     * engine's list goes on saying running while the engine lets go of its mounts and networks (seconds on a busy
     * engine). Until a listing agrees, listings of the run that died are taken as late; one of a later run (a
     * restart) is taken, and so is any listing once {@link #DIE_TRUSTED} has passed.
     */
    void died(String exitCode, Instant at) {
        ContainerSummary shown = summary.get();
        if (groupHeader || !shown.state().isActive()) {
            return;
        }
        beforeDying = shown;
        listedBeforeDying = listedAt;
        listedAt = at;
        summary.set(new ContainerSummary(shown.id(), shown.name(), shown.image(), shown.imageId(), shown.command(),
                ContainerState.EXITED, "Exited (" + exitCode + ") Less than a second ago", shown.ports(),
                shown.created(), shown.labels()));
    }

    /** Whether a die event shows on the row that the engine's list does not show yet. */
    boolean awaitsListing() {
        return beforeDying != null;
    }

    /**
     * Brings the row up to {@code latest}, unless only its status text differs and merely counts on from the one
     * shown ("Up 5 seconds" listed again as "Up 8 seconds"): {@link #statusAt} tells that already, and a refresh
     * during a burst of events would otherwise change every running row, each a re-sort and a repaint.
     */
    void update(ContainerSummary latest) {
        Instant now = Instant.now();
        if (beforeDying != null) {
            if (latest.state().isActive() && now.isBefore(listedAt.plus(DIE_TRUSTED))
                    && LiveStatus.onlyAged(beforeDying.status(), listedBeforeDying, latest.status(), now)) {
                return; // listed before the engine let go of it
            }
            beforeDying = null;
        }
        ContainerSummary shown = summary.get();
        if (latest.equals(shown)) {
            return;
        }
        if (LiveStatus.onlyAged(shown.status(), listedAt, latest.status(), now)
                && latest.equals(withStatus(shown, latest.status()))) {
            return;
        }
        listedAt = now;
        summary.set(latest);
    }

    private static ContainerSummary withStatus(ContainerSummary summary, String status) {
        return new ContainerSummary(summary.id(), summary.name(), summary.image(), summary.imageId(),
                summary.command(), summary.state(), status, summary.ports(), summary.created(), summary.labels());
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
