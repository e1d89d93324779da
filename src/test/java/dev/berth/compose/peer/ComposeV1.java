package dev.berth.compose.peer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose v1 (1.29.2), the peer, run on one sample as one project. */
final class ComposeV1 {
    static final String PROGRAM = "docker-compose";
    /** v1's line for a service whose container the engine would not start. */
    private static final Pattern CANNOT_START = Pattern.compile("Cannot start service ([^:\\s]+):");

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

    /**
     * {@code docker-compose up -d}: the services the engine refused to start (whose containers v1 leaves created),
     * empty when all started; any other failure fails the test.
     */
    Set<String> up() {
        Commands.Outcome outcome = Commands.attempt(sample.folder(), Commands.environment(), command("up", "-d"));
        Set<String> refused = new TreeSet<>();
        Matcher cannotStart = CANNOT_START.matcher(outcome.stderr());
        while (cannotStart.find()) {
            refused.add(cannotStart.group(1));
        }
        if (!outcome.succeeded() && refused.isEmpty()) {
            throw new AssertionError("docker-compose up -d of " + sample.name() + " failed:\n" + outcome.stderr());
        }
        return refused;
    }

    /** {@code docker-compose down -v}. */
    void down() {
        run("down", "-v");
    }

    private String run(String... args) {
        return Commands.run(sample.folder(), Commands.environment(), command(args));
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-p", project));
        sample.absoluteFiles().forEach(file -> command.addAll(List.of("-f", file.toString())));
        sample.profiles().forEach(profile -> command.addAll(List.of("--profile", profile)));
        command.addAll(List.of(args));
        return command;
    }
}
