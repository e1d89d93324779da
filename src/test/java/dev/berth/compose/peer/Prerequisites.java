package dev.berth.compose.peer;

import dev.berth.testing.LocalRegistry;
import dev.berth.testing.TestEngine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sample expects to exist before its {@code up}, made from the test image: images it runs from the local
 * registry (pushed there, then removed locally before each side's {@code up} so that both pull them), and its
 * external networks and volumes. All of it is removed at the end.
 */
final class Prerequisites implements AutoCloseable {
    private final List<String> registryImages = new ArrayList<>();
    private final List<String> networks = new ArrayList<>();
    private final List<String> volumes = new ArrayList<>();

    static Prerequisites prepare(PeerConfig config) {
        Prerequisites made = new Prerequisites();
        try {
            config.services().stream().filter(service -> !config.builds(service)).map(config::image)
                    .filter(image -> image != null && image.startsWith(LocalRegistry.HOST + "/")).distinct()
                    .forEach(made::push);
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
        registryImages.forEach(image -> quietly("image", "rm", "-f", image));
    }

    private void push(String reference) {
        registryImages.add(reference);
        docker("tag", TestEngine.IMAGE, reference);
        docker("push", reference);
    }

    private void network(String name) {
        networks.add(name);
        docker("network", "create", "--label", TestEngine.TEST_LABEL + "=true", name);
    }

    private void volume(String name) {
        volumes.add(name);
        docker("volume", "create", "--label", TestEngine.TEST_LABEL + "=true", name);
    }

    @Override
    public void close() {
        forgetPulledImages();
        registryImages.forEach(LocalRegistry::deleteQuietly);
        networks.forEach(network -> quietly("network", "rm", network));
        volumes.forEach(volume -> quietly("volume", "rm", "-f", volume));
    }

    private static void docker(String... args) {
        EngineObjects.docker(args);
    }

    private static void quietly(String... args) {
        EngineObjects.quietly(args);
    }
}
