package dev.berth.compose.peer;

import dev.berth.testing.TestEngine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the peer, docker-compose v1, against the test engine with an environment the test controls, so nothing of
 * the developer's shell (a COMPOSE_PROJECT_NAME, a DOCKER_HOST) leaks into the comparison.
 */
final class Commands {
    private static final long TIMEOUT_SECONDS = 120;

    private Commands() {
    }

    /** The first {@code program} on the PATH, if any. */
    static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable).findFirst();
    }

    /** The environment both tools load a sample with: the PATH, HOME and the test engine, nothing else. */
    static Map<String, String> environment() {
        return Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "HOME", System.getProperty("user.home"), "DOCKER_HOST", TestEngine.HOST);
    }

    /** What a command printed, and how it ended. */
    record Outcome(int exitCode, String stdout, String stderr) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command} in {@code directory} and answers its stdout; a failure names the command and its stderr. */
    static String run(Path directory, Map<String, String> environment, List<String> command) {
        Outcome outcome = attempt(directory, environment, command);
        if (!outcome.succeeded()) {
            throw new AssertionError(String.join(" ", command) + " failed with exit code " + outcome.exitCode()
                    + ":\n" + outcome.stderr() + outcome.stdout());
        }
        return outcome.stdout();
    }

    /** Runs {@code command} in {@code directory}, whatever its exit code. */
    static Outcome attempt(Path directory, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Path errors = Files.createTempFile("peer-stderr", ".txt");
            try {
                Process process = builder.redirectError(errors.toFile()).start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not end within " + TIMEOUT_SECONDS
                            + " s");
                }
                return new Outcome(process.exitValue(), out, Files.readString(errors));
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException unstartable) {
            throw new UncheckedIOException(unstartable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + String.join(" ", command), interrupted);
        }
    }
}
