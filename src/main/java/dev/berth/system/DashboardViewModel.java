package dev.berth.system;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.system.DiskUsage;
import dev.berth.daemon.system.SystemInfo;
import dev.berth.daemon.system.SystemOperations;
import dev.berth.ui.NoticeHolder;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.concurrent.Executor;

/**
 * The System dashboard: the engine's information and its disk usage, read when the dashboard is shown or refreshed
 * (never polled: {@code /system/df} walks every layer and volume and can take seconds). Properties change on
 * {@code ui} only.
 */
public final class DashboardViewModel implements AutoCloseable {
    private final SystemOperations system;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<SystemInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<DiskUsage> diskUsage = new ReadOnlyObjectWrapper<>(this, "diskUsage");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final NoticeHolder notice = new NoticeHolder();
    private final Subscription connection;
    private long requests;
    private boolean shown;
    private boolean wasUp;

    public DashboardViewModel(EngineGateway gateway, Executor ui) {
        this.system = gateway.system();
        this.ui = ui;
        this.connection = gateway.onConnectionChange(state -> ui.execute(() -> onConnectionChange(state)));
    }

    /** While shown, a reconnect re-reads everything; while hidden, nothing is read. */
    private void onConnectionChange(ConnectionState state) {
        boolean up = state.isUp();
        if (up && !wasUp && shown) {
            refresh();
        }
        wasUp = up;
    }

    /** The view calls this each time it is shown: the numbers are computed on opening. */
    public void shown() {
        shown = true;
        refresh();
    }

    public void hidden() {
        shown = false;
    }

    /** Reads info and disk usage again; answers of an older refresh that arrive late are dropped. */
    public void refresh() {
        long request = ++requests;
        computing.set(true);
        system.info().whenCompleteAsync((latest, failure) -> {
            if (request == requests) {
                if (failure != null) {
                    notice.report(failure, this::refresh);
                } else {
                    info.set(latest);
                }
            }
        }, ui);
        system.diskUsage().whenCompleteAsync((latest, failure) -> {
            if (request != requests) {
                return;
            }
            computing.set(false);
            if (failure != null) {
                notice.report(failure, this::refresh);
            } else {
                diskUsage.set(latest);
                if (info.get() != null) {
                    notice.set(null);
                }
            }
        }, ui);
    }

    public ReadOnlyObjectProperty<SystemInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiskUsage> diskUsageProperty() {
        return diskUsage.getReadOnlyProperty();
    }

    /** True while {@code /system/df} runs. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    @Override
    public void close() {
        connection.close();
    }
}
