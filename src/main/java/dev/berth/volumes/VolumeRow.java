package dev.berth.volumes;

import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.daemon.volumes.VolumeUser;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the Volumes table. It keeps its identity across refreshes (so the selection and a measured size stay put)
 * and updates its values in place.
 */
public final class VolumeRow {
    private final ReadOnlyObjectWrapper<VolumeSummary> summary;
    private final ReadOnlyObjectWrapper<List<VolumeUser>> users = new ReadOnlyObjectWrapper<>(this, "users",
            List.of());
    /** Bytes on disk once measured; null until the user asks, -1 when the driver does not say. */
    private final ObjectProperty<Long> size = new SimpleObjectProperty<>(this, "size");

    VolumeRow(VolumeSummary summary, List<VolumeUser> users) {
        this.summary = new ReadOnlyObjectWrapper<>(this, "summary", summary);
        this.users.set(List.copyOf(users));
    }

    void update(VolumeSummary latest, List<VolumeUser> latestUsers) {
        if (!latest.equals(summary.get())) {
            summary.set(latest);
        }
        if (!latestUsers.equals(users.get())) {
            users.set(List.copyOf(latestUsers));
        }
    }

    public String name() {
        return summary.get().name();
    }

    public VolumeSummary summary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<VolumeSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public List<VolumeUser> users() {
        return users.get();
    }

    public ReadOnlyObjectProperty<List<VolumeUser>> usersProperty() {
        return users.getReadOnlyProperty();
    }

    public boolean isInUse() {
        return !users.get().isEmpty();
    }

    /** "web (running), db (exited)", or "" when no container uses the volume. */
    public String usedByText() {
        return users.get().stream().map(VolumeUser::describe).collect(Collectors.joining(", "));
    }

    /** "team=web, tier=db" in key order. */
    public String labelsText() {
        return summary.get().labels().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(", "));
    }

    public ObjectProperty<Long> sizeProperty() {
        return size;
    }

    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return name().toLowerCase(Locale.ROOT).contains(needle)
                || summary.get().driver().toLowerCase(Locale.ROOT).contains(needle)
                || labelsText().toLowerCase(Locale.ROOT).contains(needle)
                || usedByText().toLowerCase(Locale.ROOT).contains(needle);
    }

    Observable[] observables() {
        return new Observable[] {summary, users, size};
    }
}
