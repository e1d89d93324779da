package dev.berth.networks;

import atlantafx.base.theme.Styles;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.ui.Icons;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import static dev.berth.ui.DetailsLayout.addRow;
import static dev.berth.ui.DetailsLayout.grid;
import static dev.berth.ui.DetailsLayout.mono;
import static dev.berth.ui.DetailsLayout.none;
import static dev.berth.ui.DetailsLayout.section;

/**
 * The Overview page of a network: what its driver means, its facts, the IPAM pools, the connected containers (each
 * with its addresses, MAC and aliases, a link to it and a Disconnect button), its options and labels.
 */
final class NetworkOverviewPane extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** What the page's buttons and links do. */
    interface Actions {
        void showContainer(String name);

        void disconnect(NetworkInfo network, NetworkInfo.Endpoint endpoint);

        void connect(NetworkInfo network);
    }

    private final VBox sections = new VBox(18);
    private final Actions actions;

    NetworkOverviewPane(NetworkDetailsViewModel model, Actions actions) {
        this.actions = actions;
        setId("network-overview");
        getStyleClass().addAll("details-overview", "edge-to-edge");
        setFitToWidth(true);
        sections.getStyleClass().add("details-sections");
        setContent(sections);
        model.detailsProperty().subscribe(this::show);
    }

    private void show(NetworkInfo network) {
        if (network == null) {
            return; // keep the last page until the new one arrives, so a refresh does not blink
        }
        Label driver = new Label(DriverExplanations.of(network.driver()));
        driver.setId("network-driver-hint");
        driver.setWrapText(true);
        driver.getStyleClass().add("driver-hint");
        sections.getChildren().setAll(driver,
                section("Connected containers", containers(network)),
                section("IPAM", ipam(network)),
                section("Settings", facts(network)),
                section("Options", pairs(network.options(), "No driver options.")),
                section("Labels", pairs(network.labels(), "No labels.")));
    }

    private static GridPane facts(NetworkInfo network) {
        GridPane grid = grid();
        int row = 0;
        addRow(grid, row++, "ID", mono(network.id()));
        addRow(grid, row++, "Driver", new Label(network.driver() + " · scope " + network.scope()));
        addRow(grid, row++, "Created", new Label(network.created() == null ? "unknown"
                : WHEN.format(network.created())));
        addRow(grid, row++, "Internal", new Label(network.internal()
                ? "yes: containers here cannot reach outside networks" : "no"));
        addRow(grid, row++, "Attachable", new Label(network.attachable() ? "yes" : "no"));
        addRow(grid, row, "IPv6", new Label(network.ipv6() ? "enabled" : "off"));
        return grid;
    }

    private static Node ipam(NetworkInfo network) {
        if (network.pools().isEmpty()) {
            return none("No address pools: containers here get no IP address.");
        }
        GridPane grid = grid();
        int row = 0;
        for (NetworkInfo.IpamPool pool : network.pools()) {
            String range = pool.ipRange().isEmpty() ? "" : " · range " + pool.ipRange();
            String gateway = pool.gateway().isEmpty() ? "" : " · gateway " + pool.gateway();
            addRow(grid, row++, "Subnet", mono(pool.subnet() + range + gateway));
        }
        return grid;
    }

    private Node containers(NetworkInfo network) {
        Button connect = new Button("Connect a container…", Icons.of(MaterialDesignP.PLUS));
        connect.setId("network-connect-here");
        connect.getStyleClass().addAll(Styles.SMALL);
        connect.setDisable(!NetworksViewModel.acceptsConnections(network));
        connect.setOnAction(event -> actions.connect(network));
        if (network.containers().isEmpty()) {
            return new VBox(8, none("No containers are connected."), connect);
        }
        GridPane grid = grid();
        grid.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        for (NetworkInfo.Endpoint endpoint : network.containers()) {
            Hyperlink name = new Hyperlink(endpoint.containerName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setTooltip(new Tooltip("Show " + endpoint.containerName() + " in Containers"));
            name.setOnAction(event -> actions.showContainer(endpoint.containerName()));
            Button disconnect = new Button("Disconnect", Icons.of(MaterialDesignL.LAN_DISCONNECT));
            disconnect.setId("network-disconnect-" + endpoint.containerName());
            disconnect.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            disconnect.setTooltip(new Tooltip("Same as: docker network disconnect " + network.name() + " "
                    + endpoint.containerName()));
            disconnect.setOnAction(event -> actions.disconnect(network, endpoint));
            GridPane.setHalignment(disconnect, HPos.RIGHT);
            grid.addRow(row++, name, mono(endpointText(endpoint)), disconnect);
        }
        return new VBox(8, grid, connect);
    }

    static String endpointText(NetworkInfo.Endpoint endpoint) {
        StringBuilder text = new StringBuilder();
        append(text, "IPv4", endpoint.ipv4());
        append(text, "IPv6", endpoint.ipv6());
        append(text, "MAC", endpoint.mac());
        append(text, "aliases", String.join(", ", endpoint.aliases()));
        return text.length() == 0 ? "no address" : text.toString();
    }

    private static void append(StringBuilder text, String name, String value) {
        if (!value.isEmpty()) {
            text.append(text.length() == 0 ? "" : " · ").append(name).append(' ').append(value);
        }
    }

    private static Node pairs(Map<String, String> pairs, String empty) {
        if (pairs.isEmpty()) {
            return none(empty);
        }
        GridPane grid = grid();
        int row = 0;
        for (Map.Entry<String, String> pair : new TreeMap<>(pairs).entrySet()) {
            grid.addRow(row++, mono(pair.getKey()), mono(pair.getValue()));
        }
        return grid;
    }
}
