package dev.berth.containers.details;

import atlantafx.base.theme.Styles;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The Overview's lists: ports with browser links, mounts, networks, environment (secrets masked) and labels. */
final class OverviewSections {
    private final Consumer<String> openUrl;
    private final ContainerNetworkActions networkActions;

    /** @param networkActions connect and disconnect buttons for the Networks section; null for none */
    OverviewSections(Consumer<String> openUrl, ContainerNetworkActions networkActions) {
        this.openUrl = openUrl;
        this.networkActions = networkActions;
    }

    Node ports(List<PortMapping> ports) {
        if (ports.isEmpty()) {
            return none("No ports are published or exposed.");
        }
        GridPane grid = OverviewPane.grid();
        for (int i = 0; i < ports.size(); i++) {
            PortMapping port = ports.get(i);
            HBox line = new HBox(10, OverviewPane.mono(OverviewText.port(port)));
            line.setAlignment(Pos.CENTER_LEFT);
            OverviewText.url(port).ifPresent(url -> {
                Hyperlink open = new Hyperlink("Open in browser", Icons.of(MaterialDesignO.OPEN_IN_NEW));
                open.getStyleClass().add("port-link");
                open.setTooltip(new Tooltip(url));
                open.setOnAction(event -> openUrl.accept(url));
                line.getChildren().add(open);
            });
            grid.addRow(i, line);
        }
        return grid;
    }

    Node mounts(List<MountInfo> mounts) {
        if (mounts.isEmpty()) {
            return none("No volumes or host folders are mounted.");
        }
        GridPane grid = OverviewPane.grid();
        for (int i = 0; i < mounts.size(); i++) {
            MountInfo mount = mounts.get(i);
            Label kind = new Label(mount.type());
            kind.getStyleClass().add("mount-kind");
            grid.addRow(i, kind, OverviewPane.mono(OverviewText.mount(mount)));
        }
        return grid;
    }

    Node networks(String container, List<NetworkAttachment> networks) {
        Node list = networks.isEmpty() ? none("Not attached to any network.") : networkGrid(container, networks);
        if (networkActions == null) {
            return list;
        }
        Button connect = new Button("Connect to network…", Icons.of(MaterialDesignL.LAN_CONNECT));
        connect.setId("details-network-connect");
        connect.getStyleClass().add(Styles.SMALL);
        connect.setOnAction(event -> networkActions.connect(container));
        return new VBox(8, list, connect);
    }

    private Node networkGrid(String container, List<NetworkAttachment> networks) {
        GridPane grid = OverviewPane.grid();
        for (int i = 0; i < networks.size(); i++) {
            NetworkAttachment network = networks.get(i);
            Label name = new Label(network.network());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox line = new HBox(10, OverviewPane.mono(OverviewText.network(network)));
            line.setAlignment(Pos.CENTER_LEFT);
            if (networkActions != null) {
                Hyperlink disconnect = new Hyperlink("Disconnect", Icons.of(MaterialDesignL.LAN_DISCONNECT));
                disconnect.setId("details-network-disconnect-" + network.network());
                disconnect.setTooltip(new Tooltip("Same as: docker network disconnect " + network.network() + " "
                        + container));
                disconnect.setOnAction(event -> networkActions.disconnect(container, network.network()));
                line.getChildren().add(disconnect);
            }
            grid.addRow(i, name, line);
        }
        return grid;
    }

    Node labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return none("No labels.");
        }
        GridPane grid = OverviewPane.grid();
        int row = 0;
        for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
            grid.addRow(row++, OverviewPane.mono(label.getKey()), OverviewPane.mono(label.getValue()));
        }
        return grid;
    }

    Node environment(List<EnvVar> env) {
        if (env.isEmpty()) {
            return none("No environment variables.");
        }
        GridPane grid = OverviewPane.grid();
        for (int i = 0; i < env.size(); i++) {
            EnvVar variable = env.get(i);
            Label value = OverviewPane.mono(Secrets.shown(variable.key(), variable.value(), false));
            HBox line = new HBox(6, value);
            line.setAlignment(Pos.CENTER_LEFT);
            if (Secrets.looksSecret(variable.key())) {
                line.getChildren().add(revealToggle(variable, value));
            }
            grid.addRow(i, OverviewPane.mono(variable.key()), line);
        }
        return grid;
    }

    private static ToggleButton revealToggle(EnvVar variable, Label value) {
        ToggleButton reveal = new ToggleButton(null, Icons.of(MaterialDesignE.EYE_OUTLINE));
        reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "reveal-secret");
        reveal.setTooltip(new Tooltip("Show or hide this value"));
        reveal.selectedProperty().subscribe(shown -> {
            value.setText(Secrets.shown(variable.key(), variable.value(), shown));
            reveal.setGraphic(Icons.of(shown ? MaterialDesignE.EYE_OFF_OUTLINE : MaterialDesignE.EYE_OUTLINE));
        });
        return reveal;
    }

    private static Label none(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
