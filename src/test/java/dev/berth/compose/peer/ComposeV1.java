package dev.berth.compose.peer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** docker-compose v1 (1.29.2), the peer, run on one sample as one project. */
final class ComposeV1 {
    static final String PROGRAM = "docker-compose";

    private final Path binary;
    private final PeerSample sample;
    private final String project;

    ComposeV1(Path binary, PeerSample sample, String project) {
        this.binary = binary;
        this.sample = sample;
        this.project = project;
    }

    /** {@code docker-compose config}: the project as v1 resolved it. */
    PeerConfig config() {
        return PeerConfig.parse(run("config"));
    }

    /** {@code docker-compose up -d}. */
    void up() {
        run("up", "-d");
    }

    /** {@code docker-compose down -v}. */
    void down() {
        run("down", "-v");
    }

    private String run(String... args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-p", project));
        sample.absoluteFiles().forEach(file -> command.addAll(List.of("-f", file.toString())));
        sample.profiles().forEach(profile -> command.addAll(List.of("--profile", profile)));
        command.addAll(List.of(args));
        Map<String, String> environment = Commands.baseEnvironment(sample.environment());
        return Commands.run(sample.folder(), environment, command);
    }
}
