package dev.berth.compose.peer;

import dev.berth.daemon.images.ImageReference;
import dev.berth.testing.LocalRegistry;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sample expects to exist before its {@code up}, made from the test image: the images it runs from the local
 * registry (pushed there unless they are, and removed locally before each side's {@code up} so that both pull them),
 * and its external networks and volumes. What was made here is removed at the end; a registry image that was there
 * before stays.
 */
final class Prerequisites implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> registryImages = new ArrayList<>();
    private final List<String> pushed = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();

    static Prerequisites prepare(PeerConfig config) {
        Prerequisites made = new Prerequisites();
        try {
            config.services().stream().filter(service -> !config.builds(service)).map(config::image)
                    .filter(image -> image != null && image.startsWith(LocalRegistry.HOST + "/")).distinct()
                    .forEach(made::registryImage);
            config.external("networks").forEach(made::network);
            config.external("volumes").forEach(made::volume);
        } catch (RuntimeException failed) {
            made.close();
            throw failed;
        }
        return made;
    }

    /** Removes the registry images' local copies, so that the next {@code up} pulls them. */
    void forgetPulledImages() {
        registryImages.forEach(image -> EngineObjects.quietly("image", "rm", "-f", image));
    }

    private void registryImage(String reference) {
        registryImages.add(reference);
        if (!inRegistry(reference)) {
            pushed.add(reference);
            EngineObjects.docker("tag", TestEngine.IMAGE, reference);
            EngineObjects.docker("push", reference);
        }
    }

    private void network(String name) {
        networks.add(name);
        EngineObjects.docker("network", "create", "--label", TestEngine.TEST_LABEL + "=true", name);
    }

    private void volume(String name) {
        volumes.add(name);
        EngineObjects.docker("volume", "create", "--label", TestEngine.TEST_LABEL + "=true", name);
    }

    private static boolean inRegistry(String reference) {
        ImageReference parsed = ImageReference.parse(reference);
        URI manifest = URI.create("http://" + LocalRegistry.HOST + "/v2/" + parsed.path() + "/manifests/"
                + parsed.tagOrLatest());
        try {
            return HTTP.send(HttpRequest.newBuilder(manifest).method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .header("Accept", "application/vnd.docker.distribution.manifest.v2+json").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException unreachable) {
            throw new AssertionError("The local registry at " + LocalRegistry.HOST + " does not answer", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", interrupted);
        }
    }

    @Override
    public void close() {
        forgetPulledImages();
        pushed.forEach(LocalRegistry::deleteQuietly);
        networks.forEach(network -> EngineObjects.quietly("network", "rm", network));
        volumes.forEach(volume -> EngineObjects.quietly("volume", "rm", "-f", volume));
    }
}
