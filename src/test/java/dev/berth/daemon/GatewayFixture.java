package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * A connected gateway over the real test engine, plus the bookkeeping to remove everything a test made through it
 * (containers the gateway ran, the "-berth-old-" ones a recreate may leave, volumes, networks, images). Only what was
 * registered here is removed: the engine is shared with other people's test runs.
 */
public final class GatewayFixture implements AutoCloseable {
    public static final Map<String, String> TEST_LABELS = Map.of(TestEngine.TEST_LABEL, "true");

    public final TestEngine engine;
    public final DockerEngineGateway gateway;
    private final List<String> containers = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final List<String> images = new ArrayList<>();

    private GatewayFixture(TestEngine engine) {
        this.engine = engine;
        this.gateway = new DockerEngineGateway(TestEngine::endpoint, TestEngine.endpoint());
        gateway.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.connectionState().isUp());
    }

    public static GatewayFixture connect() {
        return new GatewayFixture(TestEngine.connect());
    }

    public DockerClient client() {
        return engine.client();
    }

    public ContainerOperations containers() {
        return gateway.containers();
    }

    /** A unique container name, removed (with any "-berth-old-" sibling) at the end. */
    public String containerName(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        containers.add(name);
        return name;
    }

    /** A labelled named volume, removed at the end. */
    public String volume(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        client().createVolumeCmd().withName(name).withLabels(TEST_LABELS).exec();
        volumes.add(name);
        return name;
    }

    /** A labelled user-defined bridge network, removed at the end. */
    public String network(String prefix) {
        String name = TestEngine.uniqueName(prefix);
        client().createNetworkCmd().withName(name).withDriver("bridge").withLabels(TEST_LABELS).exec();
        networks.add(name);
        return name;
    }

    public void removeImageAtTheEnd(String reference) {
        images.add(reference);
    }

    /** A host port that was free a moment ago (bound on 0, closed again). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body the container's httpd serves at {@code path} on the host port, once it answers 200. */
    public static String served(int hostPort, String path) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hostPort + path))
                .timeout(Duration.ofSeconds(3)).build();
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            body[0] = response.body();
            return response.statusCode() == 200;
        });
        return body[0];
    }

    /** Containers (running or not) whose name starts with {@code prefix}. */
    public List<Container> containersNamed(String prefix) {
        return client().listContainersCmd().withShowAll(true).withNameFilter(List.of(prefix)).exec().stream()
                .filter(c -> c.getNames() != null && List.of(c.getNames()).stream()
                        .anyMatch(n -> n.replaceFirst("^/", "").startsWith(prefix)))
                .toList();
    }

    @Override
    public void close() throws Exception {
        gateway.close();
        for (String name : containers) {
            for (Container container : containersNamed(name)) {
                engine.removeQuietly(container.getId());
            }
        }
        for (String network : networks) {
            try {
                client().removeNetworkCmd(network).exec();
            } catch (NotFoundException gone) {
                // removed by the test itself
            }
        }
        for (String volume : volumes) {
            try {
                client().removeVolumeCmd(volume).exec();
            } catch (NotFoundException gone) {
                // removed by the test itself
            }
        }
        for (String image : images) {
            try {
                client().removeImageCmd(image).withForce(true).exec();
            } catch (NotFoundException gone) {
                // never made, or removed by the test itself
            }
        }
        engine.close();
    }
}
