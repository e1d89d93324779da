package dev.berth.networks;

import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.ui.InspectSearch;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.concurrent.LatestAnswer;
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
    private final ReadOnlyObjectWrapper<NetworkRow> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<NetworkInfo> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final NoticeHolder notice = new NoticeHolder();
    private final InspectSearch inspect = new InspectSearch();
    private final ChangeListener<NetworkInfo> changed = (obs, old, now) -> load();
    private final LatestAnswer<NetworkInfo> detailsAnswer;
    private final LatestAnswer<String> jsonAnswer;

    public NetworkDetailsViewModel(NetworkOperations networks, Executor ui) {
        this.networks = networks;
        this.detailsAnswer = new LatestAnswer<>(ui, answer -> {
            notice.succeeded();
            details.set(answer);
        }, failure -> notice.report(failure, this::load));
        this.jsonAnswer = new LatestAnswer<>(ui, inspect::setText, failure -> { });
    }

    /** Shows this network, or nothing for null; call it on selection change. */
    public void show(NetworkRow row) {
        if (shown.get() == row) {
            return;
        }
        if (shown.get() != null) {
            shown.get().infoProperty().removeListener(changed);
        }
        detailsAnswer.supersede();
        jsonAnswer.supersede();
        shown.set(row);
        details.set(null);
        notice.set(null);
        inspect.setText("");
        if (row != null) {
            row.infoProperty().addListener(changed);
            load();
        }
    }

    private void load() {
        if (shown.get() != null) {
            String id = shown.get().id();
            detailsAnswer.submit(networks.inspect(id));
            jsonAnswer.submit(networks.inspectJson(id));
        }
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

    public NoticeHolder notice() {
        return notice;
    }
}
