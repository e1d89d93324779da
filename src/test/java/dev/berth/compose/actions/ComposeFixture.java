package dev.berth.compose.actions;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.Futures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real engine for compose tests: Berth's compose actions over a connected gateway, the progress they reported,
 * the engine's own view (docker-java, independent of the gateway), and the removal of everything carrying the label
 * of a project the test named, also when the test failed half-way.
 */
final class ComposeFixture implements AutoCloseable {
    final GatewayFixture gateway = GatewayFixture.connect();
    final EngineComposeActions actions = new EngineComposeActions(gateway.gateway);
    final List<ServiceProgress> progress = new CopyOnWriteArrayList<>();
    private final List<String> projects = new ArrayList<>();

    /** Remembers the project so that whatever carries its label is removed at the end. */
    String project(String name) {
        projects.add(name);
        return name;
    }

    void up(ComposeProject project) {
        done(actions.up(project, UpOptions.DEFAULT, progress::add));
    }

    static void done(ComposeTask task) {
        Futures.done(task.done());
    }

    static <T> T done(CompletableFuture<T> future) {
        return Futures.done(future);
    }

    DockerClient client() {
        return gateway.client();
    }

    InspectContainerResponse inspect(String name) {
        return client().inspectContainerCmd(name).exec();
    }

    boolean exists(String name) {
        try {
            inspect(name);
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    /** The project's containers as the engine lists them by label, with their names. */
    List<String> containerNames(String project) {
        return containers(project).stream().map(container -> container.getNames()[0].substring(1)).sorted().toList();
    }

    List<Container> containers(String project) {
        return client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ComposeLabels.PROJECT, project)).exec();
    }

    boolean networkExists(String name) {
        return !client().listNetworksCmd().withNameFilter(name).exec().stream()
                .filter(network -> network.getName().equals(name)).toList().isEmpty();
    }

    boolean volumeExists(String name) {
        try {
            client().inspectVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }

    /** What a shell command prints inside a running container. */
    String exec(String container, String shell) throws InterruptedException {
        var exec = client().execCreateCmd(container).withCmd("sh", "-c", shell).withAttachStdout(true)
                .withAttachStderr(true).exec();
        StringBuilder out = new StringBuilder();
        client().execStartCmd(exec.getId()).exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<
                com.github.dockerjava.api.model.Frame>() {
            @Override
            public void onNext(com.github.dockerjava.api.model.Frame frame) {
                out.append(new String(frame.getPayload(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }).awaitCompletion();
        return out.toString().strip();
    }

    @Override
    public void close() throws Exception {
        for (String project : projects) {
            Map<String, String> label = Map.of(ComposeLabels.PROJECT, project);
            List<String> volumes = new ArrayList<>();
            for (Container container : client().listContainersCmd().withShowAll(true).withLabelFilter(label).exec()) {
                // A recreated container mounts the anonymous volume it inherited by name, so rm -v leaves it.
                inspect(container.getId()).getMounts().stream().filter(mount -> mount.getName() != null)
                        .forEach(mount -> volumes.add(mount.getName()));
                gateway.engine.removeQuietly(container.getId());
            }
            volumes.forEach(volume -> quietly(() -> client().removeVolumeCmd(volume).exec()));
            client().listNetworksCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project)).exec()
                    .forEach(network -> quietly(() -> client().removeNetworkCmd(network.getId()).exec()));
            client().listVolumesCmd().withFilter("label", List.of(ComposeLabels.PROJECT + "=" + project)).exec()
                    .getVolumes().forEach(volume -> quietly(() -> client().removeVolumeCmd(volume.getName()).exec()));
        }
        gateway.close();
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (NotFoundException gone) {
            // the test removed it itself
        }
    }
}
