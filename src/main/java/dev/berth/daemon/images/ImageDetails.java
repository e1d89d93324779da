package dev.berth.daemon.images;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the image details show, read from {@code docker image inspect}; {@code inspectJson} is the engine's own
 * answer laid out as the CLI prints it.
 */
public record ImageDetails(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        Instant created,
        long size,
        String platform,
        Map<String, String> labels,
        List<String> exposedPorts,
        List<String> env,
        List<String> entrypoint,
        List<String> cmd,
        String workingDir,
        String user,
        String inspectJson) {

    public ImageDetails {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        labels = Map.copyOf(labels);
        exposedPorts = List.copyOf(exposedPorts);
        env = List.copyOf(env);
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
    }
}
