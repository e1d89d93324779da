package dev.berth.app;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import dev.berth.networks.NetworkRow;
import dev.berth.networks.TestSubnets;
import dev.berth.testing.TestEngine;
import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Networks tab end to end: create a network from its dialog (refused first for a bad subnet), connect and
 * disconnect a container; results checked through the engine.
 */
class NetworksUiIT extends BerthUiIT {
    private final List<String> networks = new ArrayList<>();

    @AfterEach
    void removeNetworksAndGoBack() {
        engine.removeCreated(); // containers first: the engine keeps a network while anything is connected
        for (String network : networks) {
            try {
                engine.client().removeNetworkCmd(network).exec();
            } catch (NotFoundException gone) {
                // never made, or removed through Berth
            }
        }
        robot.clickOn("#nav-containers");
    }

    private String networkName(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        networks.add(name);
        return name;
    }

    /** A free 10.213.x.0/24, judged from what the engine has now. */
    private static String freeSubnet() {
        return TestSubnets.free(engine.client().listNetworksCmd().exec().stream()
                .filter(network -> network.getIpam() != null && network.getIpam().getConfig() != null)
                .flatMap(network -> network.getIpam().getConfig().stream()).map(Network.Ipam.Config::getSubnet)
                .filter(subnet -> subnet != null).toList());
    }

    private TableView<NetworkRow> networksTable() {
        return robot.lookup("#networks-table").queryTableView();
    }

    private NetworkRow networkRow(String name) {
        return onFx(() -> networksTable().getItems().stream().filter(row -> row.name().equals(name)).findFirst()
                .orElse(null));
    }

    private void openNetworks() {
        robot.clickOn("#nav-networks");
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#networks-table").tryQuery().isPresent());
    }

    private void selectNetwork(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> networkRow(name) != null);
        robot.interact(() -> robot.lookup("#network-search").queryTextInputControl().setText(name));
        NetworkRow row = networkRow(name);
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<?> cell) -> cell.getItem() == row)
                .queryAs(TableRow.class));
        assertThat(onFx(() -> networksTable().getSelectionModel().getSelectedItem())).isSameAs(row);
    }

    private void type(String fieldId, String text) {
        robot.clickOn(fieldId).write(text);
    }

    /** Fills a field at once: typing every character costs seconds on a loaded machine and tests nothing more. */
    private void fill(String fieldId, String text) {
        robot.interact(() -> robot.lookup(fieldId).queryTextInputControl().setText(text));
    }

    @Test
    void createsANetworkFromItsDialog() {
        String name = networkName("ui-net");
        String subnet = freeSubnet();
        String prefix = subnet.substring(0, subnet.lastIndexOf('.'));
        openNetworks();

        robot.clickOn("#network-create");
        type("#network-name", name);
        type("#network-subnet", "10.213.0.0/33");
        assertThat(onFx(() -> robot.lookup("#network-error-SUBNET").queryText().getText()))
                .as("no scolding while the user is still in the field").isEmpty();
        robot.clickOn("#network-gateway");
        assertThat(onFx(() -> robot.lookup("#network-error-SUBNET").queryText().getText())).contains("0 to 32");
        assertThat(onFx(() -> robot.lookup("#network-create-submit").queryButton().isDisabled())).isTrue();
        fill("#network-subnet", subnet);
        fill("#network-gateway", prefix + ".254");
        robot.clickOn("#network-internal");
        robot.clickOn("#network-label-add");
        fill("#network-label-key-0", TestEngine.TEST_LABEL);
        fill("#network-label-value-0", "true");
        assertThat(onFx(() -> robot.lookup("#network-create-command-line .command-text").queryLabeled().getText()))
                .isEqualTo("$ docker network create --subnet " + subnet + " --gateway " + prefix + ".254 --internal"
                        + " --label " + TestEngine.TEST_LABEL + "=true " + name);
        robot.clickOn("#network-create-submit");

        await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#network-create-submit").tryQuery()
                .isEmpty());
        Network made = engine.client().inspectNetworkCmd().withNetworkId(name).exec();
        assertThat(made.getDriver()).isEqualTo("bridge");
        assertThat(made.getInternal()).isTrue();
        assertThat(made.getLabels()).containsEntry(TestEngine.TEST_LABEL, "true");
        assertThat(made.getIpam().getConfig()).singleElement().satisfies(pool -> {
            assertThat(pool.getSubnet()).isEqualTo(subnet);
            assertThat(pool.getGateway()).isEqualTo(prefix + ".254");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> {
            NetworkRow selected = networksTable().getSelectionModel().getSelectedItem();
            return selected != null && selected.name().equals(name);
        }));
    }

    @Test
    void connectsAContainerFromTheNetworkAndDisconnectsIt() {
        String network = networkName("ui-conn");
        String subnet = freeSubnet();
        String address = subnet.substring(0, subnet.lastIndexOf('.')) + ".42";
        engine.client().createNetworkCmd().withName(network).withLabels(Map.of(TestEngine.TEST_LABEL, "true"))
                .withIpam(new Network.Ipam().withConfig(new Network.Ipam.Config().withSubnet(subnet))).exec();
        String container = TestEngine.uniqueName("ui-conn");
        String id = engine.runContainer(container);
        openNetworks();
        selectNetwork(network);

        robot.clickOn("#network-connect");
        robot.interact(() -> robot.lookup("#network-connect-container").queryComboBox().getEditor()
                .setText(container));
        type("#network-connect-aliases", "api");
        fill("#network-connect-ip", address);
        robot.clickOn("#network-connect-submit");

        await().atMost(Duration.ofSeconds(20)).until(() -> engine.inspect(id).getNetworkSettings().getNetworks()
                .containsKey(network));
        ContainerNetwork joined = engine.inspect(id).getNetworkSettings().getNetworks().get(network);
        assertThat(joined.getIpAddress()).isEqualTo(address);
        assertThat(joined.getAliases()).contains("api");

        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#network-disconnect-" + container)
                .tryQuery().isPresent());
        robot.clickOn("#network-disconnect-" + container);
        robot.clickOn("#confirm-button");
        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.inspect(id).getNetworkSettings().getNetworks()
                .containsKey(network));
    }

    @Test
    void connectsAndDisconnectsFromTheContainersDetails() {
        String network = networkName("ui-detail");
        engine.client().createNetworkCmd().withName(network).withLabels(Map.of(TestEngine.TEST_LABEL, "true"))
                .exec();
        String container = TestEngine.uniqueName("ui-detail");
        String id = engine.runContainer(container);
        awaitRow(container);
        selectRow(container, container);
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#details-network-connect")
                .match(BerthUiIT::visibleInTree).tryQuery().isPresent());

        // Below the fold of the Overview page: fire the button as a click on it would.
        robot.interact(() -> robot.lookup("#details-network-connect").queryButton().fire());
        robot.interact(() -> robot.lookup("#network-connect-network").queryComboBox().getEditor().setText(network));
        type("#network-connect-aliases", "worker");
        robot.clickOn("#network-connect-submit");

        await().atMost(Duration.ofSeconds(20)).until(() -> engine.inspect(id).getNetworkSettings().getNetworks()
                .containsKey(network));
        assertThat(engine.inspect(id).getNetworkSettings().getNetworks().get(network).getAliases())
                .contains("worker");
        String disconnect = "#details-network-disconnect-" + network;
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(disconnect).tryQuery().isPresent());
        // The confirmation waits in a nested event loop, so the click must not wait for it to close.
        Platform.runLater(() -> robot.lookup(disconnect).queryAs(Hyperlink.class).fire());
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#confirm-button").tryQuery().isPresent());
        robot.clickOn("#confirm-button");
        await().atMost(Duration.ofSeconds(20)).until(() -> !engine.inspect(id).getNetworkSettings().getNetworks()
                .containsKey(network));
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(disconnect).tryQuery().isEmpty());
    }
}
