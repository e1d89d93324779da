package dev.berth.networks;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.DockerEngineGateway;
import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.networks.NetworkOperations;
import dev.berth.daemon.networks.NetworkSpec;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import dev.berth.ui.form.KeyValueRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Networks through Berth's gateway against the real engine, checked with the tests' own docker-java client. */
@ExtendWith(EngineRequired.class)
class NetworksGatewayIT {
    private static final Map<String, String> TEST_LABELS = Map.of(TestEngine.TEST_LABEL, "true");
    private TestEngine engine;
    private DockerEngineGateway gateway;
    private NetworkOperations networks;
    private final List<String> madeNetworks = new ArrayList<>();

    @BeforeEach
    void connect() {
        engine = TestEngine.connect();
        gateway = new DockerEngineGateway(TestEngine::endpoint, TestEngine.endpoint());
        gateway.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().isUp());
        networks = gateway.networks();
    }

    @AfterEach
    void removeWhatTheTestMade() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (engine == null) {
            return; // the set-up stopped before the engine: nothing was made
        }
        engine.removeCreated();
        for (String network : madeNetworks) {
            try {
                engine.client().removeNetworkCmd(network).exec();
            } catch (NotFoundException gone) {
                // removed by the test itself, or never made
            }
        }
        engine.close();
    }

    private static DaemonException refusal(CompletableFuture<?> call) {
        try {
            done(call);
        } catch (CompletionException failed) {
            assertThat(failed.getCause()).isInstanceOf(DaemonException.class);
            return (DaemonException) failed.getCause();
        }
        throw new AssertionError("the engine was expected to refuse");
    }

    private String networkName(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        madeNetworks.add(name);
        return name;
    }

    /**
     * Creates a labelled bridge on a free 10.213.x.0/24 through the gateway; another run may take the same range
     * between the look and the create, so an overlap refusal picks again.
     */
    private String networkWithSubnet(String prefix, Consumer<NetworkSpec> check) {
        String name = networkName(prefix);
        for (int attempt = 0; ; attempt++) {
            String subnet = TestSubnets.freeAmong(done(networks.inspectAll()));
            NetworkSpec spec = new NetworkSpec(name, "bridge", subnet, "", "", "", false, false, false, TEST_LABELS,
                    Map.of());
            try {
                done(networks.create(spec));
                check.accept(spec);
                return name;
            } catch (CompletionException refused) {
                if (attempt > 5 || !refused.getCause().getMessage().contains("overlaps")) {
                    throw refused;
                }
            }
        }
    }

    private Network inspectNetwork(String name) {
        return engine.client().inspectNetworkCmd().withNetworkId(name).exec();
    }

    private boolean pings(String from, String to) throws InterruptedException {
        return engine.exec(from, "sh", "-c", "ping -c1 -W2 " + to + " >/dev/null 2>&1 && echo reached || echo no")
                .contains("reached");
    }

    @Test
    void everyNetworkListsTheRunningContainersOnItAsItsOwnInspectDoes() {
        String network = networkWithSubnet("net-listed", spec -> { });
        String running = TestEngine.uniqueName("listed-running");
        String created = TestEngine.uniqueName("listed-created");
        String runningId = engine.runContainer(running);
        engine.createContainer(created, TestEngine.IDLE);
        done(networks.connect(new NetworkConnectSpec(network, running, List.of(), "", "")));
        done(networks.connect(new NetworkConnectSpec(network, created, List.of(), "", "")));

        NetworkInfo listed = done(networks.inspectAll()).stream().filter(info -> info.name().equals(network))
                .findFirst().orElseThrow();

        ContainerNetwork engineSays = inspectNetwork(network).getContainers().get(runningId) == null ? null
                : engine.inspect(runningId).getNetworkSettings().getNetworks().get(network);
        assertThat(engineSays).as("the engine's own inspect lists the running container").isNotNull();
        assertThat(listed.containers()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.containerId()).isEqualTo(runningId);
            assertThat(endpoint.containerName()).isEqualTo(running);
            assertThat(endpoint.ipv4()).isEqualTo(engineSays.getIpAddress());
            assertThat(endpoint.mac()).isEqualTo(engineSays.getMacAddress());
        });
        assertThat(listed.containers()).isEqualTo(done(networks.inspect(network)).containers().stream()
                .map(endpoint -> new NetworkInfo.Endpoint(endpoint.containerId(), endpoint.containerName(),
                        endpoint.ipv4(), endpoint.ipv6(), endpoint.mac(), List.of())).toList());
    }

    @Test
    void containersOnAUserDefinedBridgeResolveEachOtherByNameAndOnTheDefaultBridgeDoNot() throws Exception {
        String network = networkWithSubnet("net-dns", spec -> { });
        String first = TestEngine.uniqueName("dns-a");
        String second = TestEngine.uniqueName("dns-b");
        String firstId = engine.runContainer(first);
        engine.runContainer(second);

        assertThat(pings(firstId, second)).as("default bridge: no names").isFalse();

        done(networks.connect(new NetworkConnectSpec(network, first, List.of(), "", "")));
        done(networks.connect(new NetworkConnectSpec(network, second, List.of(), "", "")));

        assertThat(pings(firstId, second)).as("user-defined bridge: by name").isTrue();
    }

    @Test
    void goodNetworksExistAfterAndBadOnesNeverReachTheEngine() {
        String withPool = networkWithSubnet("net-pool", spec -> { });
        String taken = inspectNetwork(withPool).getIpam().getConfig().get(0).getSubnet();
        String prefix = taken.substring(0, taken.lastIndexOf('.'));
        List<NetworkInfo> existing = done(networks.inspectAll());

        String full = networkName("net-full");
        CreateNetworkViewModel form = new CreateNetworkViewModel(networks, existing, Runnable::run);
        String free = TestSubnets.freeAmong(existing);
        String freePrefix = free.substring(0, free.lastIndexOf('.'));
        form.name.set(full);
        form.subnet.set(free);
        form.ipRange.set(freePrefix + ".128/25");
        form.gateway.set(freePrefix + ".1");
        form.internal.set(true);
        form.attachable.set(true);
        form.labels.add(new KeyValueRow(TestEngine.TEST_LABEL, "true"));
        form.options.add(new KeyValueRow("com.docker.network.driver.mtu", "1400"));
        assertThat(done(form.submit())).isNotNull();

        Network made = inspectNetwork(full);
        assertThat(made.getIpam().getConfig()).singleElement().satisfies(pool -> {
            assertThat(pool.getSubnet()).isEqualTo(free);
            assertThat(pool.getIpRange()).isEqualTo(freePrefix + ".128/25");
            assertThat(pool.getGateway()).isEqualTo(freePrefix + ".1");
        });
        assertThat(made.getInternal()).isTrue();
        assertThat(made.isAttachable()).isTrue();
        assertThat(made.getOptions()).containsEntry("com.docker.network.driver.mtu", "1400");
        assertThat(made.getLabels()).containsEntry(TestEngine.TEST_LABEL, "true");

        List<Consumer<CreateNetworkViewModel>> bad = List.of(
                f -> f.subnet.set("10.213.0.0"),
                f -> f.subnet.set("10.213.0.0/33"),
                f -> f.subnet.set("10.213.300.0/24"),
                f -> f.subnet.set("10.213/16"),
                f -> f.subnet.set(taken),
                f -> f.subnet.set("10.213.0.0/16"),
                f -> f.subnet.set(prefix + ".5/24"),
                f -> f.subnet.set("10.213.0.0/31"),
                f -> { f.subnet.set(free); f.gateway.set("10.214.0.1"); },
                f -> { f.subnet.set(free); f.gateway.set(freePrefix + ".0"); },
                f -> { f.subnet.set(free); f.gateway.set("gateway"); },
                f -> { f.subnet.set(free); f.ipRange.set("10.214.0.0/25"); },
                f -> f.gateway.set("10.213.0.1"),
                f -> f.ipv6.set(true),
                f -> f.ipv6Subnet.set("fd00:213::/64"),
                f -> { f.driver.set("macvlan"); f.parent.set(""); },
                f -> f.labels.add(new KeyValueRow("", "orphan")));
        List<String> badNames = new ArrayList<>();
        for (Consumer<CreateNetworkViewModel> fill : bad) {
            CreateNetworkViewModel attempt = new CreateNetworkViewModel(networks, existing, Runnable::run);
            String name = networkName("net-bad");
            badNames.add(name);
            attempt.name.set(name);
            fill.accept(attempt);
            assertThat(attempt.problemsProperty().get()).as(name).isNotEmpty();
            assertThat(done(attempt.submit())).isNull();
        }
        for (String badName : List.of("bad name", "-net", withPool)) {
            CreateNetworkViewModel attempt = new CreateNetworkViewModel(networks, existing, Runnable::run);
            attempt.name.set(badName);
            assertThat(attempt.problemsProperty().get()).containsKey(NetworkField.NAME);
            assertThat(done(attempt.submit())).isNull();
        }

        List<String> listed = engine.client().listNetworksCmd().exec().stream().map(Network::getName).toList();
        assertThat(listed).contains(withPool, full).doesNotContainAnyElementsOf(badNames)
                .doesNotContain("bad name", "-net");
        assertThat(listed.stream().filter(withPool::equals)).hasSize(1);
    }

    @Test
    void connectsWithAnAliasAndAFixedAddressThenDisconnects() {
        String[] prefix = new String[1];
        String network = networkWithSubnet("net-conn", spec -> prefix[0] = spec.subnet()
                .substring(0, spec.subnet().lastIndexOf('.')));
        String name = TestEngine.uniqueName("conn");
        String id = engine.runContainer(name);
        String address = prefix[0] + ".50";

        done(networks.connect(new NetworkConnectSpec(network, name, List.of("api", "backend"), address, "")));

        ContainerNetwork seen = engine.inspect(id).getNetworkSettings().getNetworks().get(network);
        assertThat(seen.getIpAddress()).isEqualTo(address);
        assertThat(seen.getIpamConfig().getIpv4Address()).isEqualTo(address);
        assertThat(seen.getAliases()).contains("api", "backend");
        NetworkInfo info = done(networks.inspect(network));
        assertThat(info.containers()).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.containerName()).isEqualTo(name);
            assertThat(endpoint.ipv4()).isEqualTo(address);
            assertThat(endpoint.aliases()).containsExactly("api", "backend");
            assertThat(endpoint.mac()).isNotEmpty();
        });
        assertThat(done(networks.inspectJson(network))).contains("\"" + name + "\"").contains(address);

        DaemonException twice = refusal(networks.connect(new NetworkConnectSpec(network, name, List.of(), "", "")));
        assertThat(twice.getMessage()).isEqualTo("The container is already connected to " + network + ".");

        done(networks.disconnect(network, name, false));

        assertThat(engine.inspect(id).getNetworkSettings().getNetworks()).doesNotContainKey(network);
        DaemonException again = refusal(networks.disconnect(network, name, false));
        assertThat(again.getMessage()).contains("is not connected to " + network);
    }

    @Test
    void removalIsRefusedWhileConnectedAndDisconnectAllRemovesIt() {
        String network = networkWithSubnet("net-rm", spec -> { });
        String name = TestEngine.uniqueName("rm");
        String id = engine.runContainer(name);
        done(networks.connect(new NetworkConnectSpec(network, name, List.of("keep"), "", "")));

        DaemonException refused = refusal(networks.remove(network));
        assertThat(refused.getMessage()).isEqualTo("Network " + network
                + " still has containers connected, so the engine keeps it.");
        assertThat(refused.offeredAction()).contains("Disconnect its containers first, then remove it.");
        assertThat(inspectNetwork(network).getContainers()).containsKey(id);
        NetworkInfo listed = done(networks.inspectAll()).stream().filter(info -> info.name().equals(network))
                .findFirst().orElseThrow();
        assertThat(NetworkRemoval.refusal(listed).getMessage()).contains(name);

        done(new NetworkRemoval(networks, Runnable::run).disconnectAllAndRemove(listed));

        assertThatThrownBy(() -> inspectNetwork(network)).isInstanceOf(NotFoundException.class);
        assertThat(engine.isRunning(id)).isTrue();
    }

    @Test
    void theEngineKeepsItsBuiltInNetworksAndBerthSaysWhy() {
        DaemonException refused = refusal(networks.remove("none"));

        assertThat(refused.getMessage()).startsWith("none is a built-in network");
        assertThat(inspectNetwork("none").getName()).isEqualTo("none");
    }
}
