package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.ui.InspectSearch;
import dev.berth.ui.Notice;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;

import java.util.concurrent.Executor;

/**
 * The selected network's details: its inspect facts with each container's aliases, and the raw inspect JSON. They
 * are read again whenever the list shows the network changed; answers for a network no longer shown are dropped.
 */
public final class NetworkDetailsViewModel {
    private final NetworkOperations networks;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<NetworkRow> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<NetworkInfo> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final InspectSearch inspect = new InspectSearch();
    private final ChangeListener<NetworkInfo> changed = (obs, old, now) -> load();
    private long request;

    public NetworkDetailsViewModel(NetworkOperations networks, Executor ui) {
        this.networks = networks;
        this.ui = ui;
    }

    /** Shows this network, or nothing for null; call it on selection change. */
    public void show(NetworkRow row) {
        if (shown.get() == row) {
            return;
        }
        if (shown.get() != null) {
            shown.get().infoProperty().removeListener(changed);
        }
        shown.set(row);
        details.set(null);
        notice.set(null);
        inspect.setText("");
        if (row != null) {
            row.infoProperty().addListener(changed);
            load();
        } else {
            request++;
        }
    }

    private void load() {
        NetworkRow row = shown.get();
        long mine = ++request;
        networks.inspect(row.id()).whenCompleteAsync((info, failure) -> {
            if (mine != request) {
                return;
            }
            if (failure != null) {
                notice.set(Notice.error(failure));
            } else {
                details.set(info);
            }
        }, ui);
        networks.inspectJson(row.id()).whenCompleteAsync((json, failure) -> {
            if (mine == request && failure == null) {
                inspect.setText(json);
            }
        }, ui);
    }

    public ReadOnlyObjectProperty<NetworkRow> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The shown network with its containers' aliases; null while loading or when none is selected. */
    public ReadOnlyObjectProperty<NetworkInfo> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public InspectSearch inspect() {
        return inspect;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }
}
