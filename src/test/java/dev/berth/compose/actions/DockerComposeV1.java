package dev.berth.compose.actions;

import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** docker-compose v1 (1.29), the peer Berth's compose is compared with, run against the test engine. */
final class DockerComposeV1 {
    private DockerComposeV1() {
    }

    /** The installed binary; the calling test is skipped (failed under CI) when there is none. */
    static Path binary() {
        Path found = Stream.of("/usr/bin/docker-compose", "/usr/local/bin/docker-compose").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null) {
            EngineRequired.skipOrFail("docker-compose v1 is not installed (apt-get install docker-compose)");
        }
        return found;
    }

    /** Runs {@code docker-compose -f file -p project args…}; fails the test when it fails. */
    static String run(Path file, String project, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary().toString(), "-f", file.toString(), "-p", project));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKER_HOST", TestEngine.HOST);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("docker-compose " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }
}
