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

    /** The environment every command starts from: the PATH, HOME and the test engine, plus {@code extra}. */
    static Map<String, String> baseEnvironment(Map<String, String> extra) {
        Map<String, String> environment = new java.util.TreeMap<>();
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("HOME", System.getProperty("user.home"));
        environment.put("DOCKER_HOST", TestEngine.HOST);
        environment.putAll(extra);
        return environment;
    }

    /** Runs {@code command} in {@code directory} and answers its stdout; a failure names the command and its stderr. */
    static String run(Path directory, Map<String, String> environment, List<String> command) {
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
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " failed with exit code "
                            + process.exitValue() + ":\n" + Files.readString(errors) + out);
                }
                return out;
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
