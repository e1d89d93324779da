package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerDetails.MountInfo;
import dev.berth.daemon.containers.ContainerDetails.NetworkAttachment;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.daemon.containers.RunSpec.EnvVar;
import dev.berth.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static dev.berth.containers.details.ListedRows.shownIf;

/**
 * The Overview's lists: ports with browser links, mounts, networks, environment (secrets masked) and labels. Built
 * once and given each shown container's lists ({@link ListedRows}).
 */
final class OverviewSections {
    private final Consumer<String> openUrl;
    private final ContainerNetworkActions networkActions;
    private final ListedRows<PortMapping> ports = new ListedRows<>("No ports are published or exposed.",
            this::portRow);
    private final ListedRows<MountInfo> mounts = new ListedRows<>("No volumes or host folders are mounted.",
            OverviewSections::mountRow);
    private final ListedRows<NetworkAttachment> networks = new ListedRows<>("Not attached to any network.",
            this::networkRow);
    private final ListedRows<EnvVar> environment = new ListedRows<>("No environment variables.",
            OverviewSections::environmentRow);
    private final ListedRows<Map.Entry<String, String>> labels = new ListedRows<>("No labels.",
            OverviewSections::labelRow);
    private String container = "";

    /** @param networkActions connect and disconnect buttons for the Networks section; null for none */
    OverviewSections(Consumer<String> openUrl, ContainerNetworkActions networkActions) {
        this.openUrl = openUrl;
        this.networkActions = networkActions;
    }

    Node ports() {
        return ports.view();
    }

    Node mounts() {
        return mounts.view();
    }

    Node networks() {
        if (networkActions == null) {
            return networks.view();
        }
        Button connect = new Button("Connect to network…", Icons.of(MaterialDesignL.LAN_CONNECT));
        connect.setId("details-network-connect");
        connect.getStyleClass().add(Styles.SMALL);
        connect.setOnAction(event -> networkActions.connect(container));
        return new VBox(8, networks.view(), connect);
    }

    Node environment() {
        return environment.view();
    }

    Node labels() {
        return labels.view();
    }

    void show(ContainerDetails details) {
        container = details.name();
        ports.show(details.ports());
        mounts.show(details.mounts());
        networks.show(details.networks());
        environment.show(details.env());
        labels.show(List.copyOf(new TreeMap<>(details.labels()).entrySet()));
    }

    private ListedRows.Row<PortMapping> portRow() {
        Label address = OverviewPane.mono("");
        Hyperlink open = new Hyperlink("Open in browser", Icons.of(MaterialDesignO.OPEN_IN_NEW));
        open.getStyleClass().add("port-link");
        Tooltip where = new Tooltip();
        open.setTooltip(where);
        open.setOnAction(event -> openUrl.accept(where.getText()));
        HBox line = new HBox(10, address, open);
        line.setAlignment(Pos.CENTER_LEFT);
        return new ListedRows.Row<>(List.of(line), port -> {
            address.setText(OverviewText.port(port));
            where.setText(OverviewText.url(port).orElse(""));
            shownIf(open, OverviewText.url(port).isPresent());
        });
    }

    private static ListedRows.Row<MountInfo> mountRow() {
        Label kind = new Label();
        kind.getStyleClass().add("mount-kind");
        Label path = OverviewPane.mono("");
        return new ListedRows.Row<>(List.of(kind, path), mount -> {
            kind.setText(mount.type());
            path.setText(OverviewText.mount(mount));
        });
    }

    private ListedRows.Row<NetworkAttachment> networkRow() {
        Label name = new Label();
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label addresses = OverviewPane.mono("");
        HBox line = new HBox(10, addresses);
        line.setAlignment(Pos.CENTER_LEFT);
        if (networkActions == null) {
            return new ListedRows.Row<>(List.of(name, line), network -> {
                name.setText(network.network());
                addresses.setText(OverviewText.network(network));
            });
        }
        Hyperlink disconnect = new Hyperlink("Disconnect", Icons.of(MaterialDesignL.LAN_DISCONNECT));
        Tooltip same = new Tooltip();
        disconnect.setTooltip(same);
        disconnect.setOnAction(event -> networkActions.disconnect(container, name.getText()));
        line.getChildren().add(disconnect);
        return new ListedRows.Row<>(List.of(name, line), network -> {
            name.setText(network.network());
            addresses.setText(OverviewText.network(network));
            disconnect.setId("details-network-disconnect-" + network.network());
            same.setText("Same as: docker network disconnect " + network.network() + " " + container);
        });
    }

    private static ListedRows.Row<EnvVar> environmentRow() {
        Label key = OverviewPane.mono("");
        Label value = OverviewPane.mono("");
        EnvVar[] shown = new EnvVar[1];
        ToggleButton reveal = new ToggleButton(null, Icons.of(MaterialDesignE.EYE_OUTLINE));
        reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "reveal-secret");
        reveal.setTooltip(new Tooltip("Show or hide this value"));
        reveal.selectedProperty().subscribe((was, revealed) -> {
            value.setText(Secrets.shown(shown[0].key(), shown[0].value(), revealed));
            reveal.setGraphic(Icons.of(revealed ? MaterialDesignE.EYE_OFF_OUTLINE : MaterialDesignE.EYE_OUTLINE));
        });
        HBox line = new HBox(6, value, reveal);
        line.setAlignment(Pos.CENTER_LEFT);
        return new ListedRows.Row<>(List.of(key, line), variable -> {
            shown[0] = variable;
            reveal.setSelected(false); // another container's value starts hidden again
            key.setText(variable.key());
            value.setText(Secrets.shown(variable.key(), variable.value(), false));
            shownIf(reveal, Secrets.looksSecret(variable.key()));
        });
    }

    private static ListedRows.Row<Map.Entry<String, String>> labelRow() {
        Label key = OverviewPane.mono("");
        Label value = OverviewPane.mono("");
        return new ListedRows.Row<>(List.of(key, value), label -> {
            key.setText(label.getKey());
            value.setText(label.getValue());
        });
    }
}
