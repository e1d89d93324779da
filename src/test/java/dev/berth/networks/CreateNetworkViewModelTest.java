package dev.berth.networks;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.networks.NetworkSpec;
import dev.berth.testing.FakeNetworkOperations;
import dev.berth.ui.form.KeyValueRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreateNetworkViewModelTest {
    private final FakeNetworkOperations networks = new FakeNetworkOperations();
    private final CreateNetworkViewModel model = new CreateNetworkViewModel(networks, NetworkFixtures.engineWithShop(),
            Runnable::run);

    @Test
    void theCommandLineFollowsTheForm() {
        model.name.set("backend");
        assertThat(model.commandLineProperty().get()).isEqualTo("docker network create backend");
        model.subnet.set("10.213.9.0/24");
        model.gateway.set("10.213.9.1");
        model.internal.set(true);
        model.labels.add(new KeyValueRow("team", "shop"));

        assertThat(model.commandLineProperty().get()).isEqualTo("docker network create --subnet 10.213.9.0/24"
                + " --gateway 10.213.9.1 --internal --label team=shop backend");
    }

    @Test
    void badInputNeverReachesTheEngine() {
        model.name.set("backend");
        model.subnet.set("10.213.4.0/25");

        assertThat(model.problemsProperty().get()).containsKey(NetworkField.SUBNET);
        assertThat(model.submit().join()).isNull();
        assertThat(networks.actions()).isEmpty();
    }

    @Test
    void aProblemShowsOnceItsFieldIsLeftOrTheFormSent() {
        model.subnet.set("10.213.4.0/33");
        model.name.set("a name with spaces");
        var shown = model.shownProblems().shownProperty();
        assertThat(shown.get()).as("the user is still typing").isEmpty();

        model.shownProblems().left(NetworkField.SUBNET);
        assertThat(shown.get()).containsOnlyKeys(NetworkField.SUBNET);

        assertThat(model.submit().join()).isNull();
        assertThat(shown.get()).containsKeys(NetworkField.SUBNET, NetworkField.NAME);
        assertThat(networks.actions()).isEmpty();
    }

    @Test
    void aGoodFormCreatesExactlyWhatItShows() {
        model.name.set(" backend ");
        model.subnet.set("10.213.9.0/24");
        model.ipRange.set("10.213.9.128/25");
        model.labels.add(new KeyValueRow("", "")); // a line added and left blank does not count

        assertThat(model.submit().join()).isEqualTo("id-backend");

        NetworkSpec made = networks.created().get(0);
        assertThat(made.name()).isEqualTo("backend");
        assertThat(made.subnet()).isEqualTo("10.213.9.0/24");
        assertThat(made.ipRange()).isEqualTo("10.213.9.128/25");
        assertThat(made.labels()).isEmpty();
        assertThat(model.submission().busyProperty().get()).isFalse();
    }

    @Test
    void macvlanAsksForItsParentAndPutsItInTheOptions() {
        model.name.set("lan");
        model.driver.set("macvlan");
        assertThat(model.problemsProperty().get()).containsKey(NetworkField.PARENT);
        assertThat(model.mode.get()).isEqualTo("bridge");

        model.parent.set("eth0");
        model.mode.set("private");

        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(model.spec().options()).containsEntry("parent", "eth0").containsEntry("macvlan_mode", "private");
        assertThat(model.commandLineProperty().get()).isEqualTo("docker network create --driver macvlan"
                + " -o parent=eth0 -o macvlan_mode=private lan");
    }

    @Test
    void overlayIsAttachableByDefault() {
        model.driver.set("overlay");
        assertThat(model.attachable.get()).isTrue();
        model.driver.set("bridge");
        assertThat(model.attachable.get()).isFalse();
    }

    @Test
    void aKeyGivenTwiceIsAProblem() {
        model.name.set("lab");
        model.options.add(new KeyValueRow("mtu", "1400"));
        model.options.add(new KeyValueRow("mtu", "1500"));

        assertThat(model.problemsProperty().get().get(NetworkField.OPTIONS)).contains("mtu is given twice");
    }

    @Test
    void anEngineRefusalStaysInTheDialog() {
        model.name.set("lab");
        networks.failNext("network create", new DaemonException("A network named lab exists already.", "Rename."));

        assertThat(model.submit().join()).isNull();

        assertThat(model.submission().notice().get().sentence()).isEqualTo("A network named lab exists already.");
        assertThat(model.submission().busyProperty().get()).isFalse();
    }
}
