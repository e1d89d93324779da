package dev.berth.daemon.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a docker CLI that can run {@code DOCKER_BUILDKIT=1 docker build --secret …}. A PATH may hold several: docker
 * 23 and newer build with BuildKit only through the buildx plugin (without it they refuse), while 18.09 to 22.x have
 * BuildKit built in.
 */
final class BuildKitClis {
    private static final Pattern VERSION = Pattern.compile("Docker version (\\d+)\\.(\\d+)");
    private static final int FIRST_NEEDING_BUILDX = 23;

    /** What probing one CLI found: its {@code --version} line, and whether {@code docker buildx version} worked. */
    record Probe(Path executable, String versionLine, boolean hasBuildx) {

        boolean canBuildWithSecrets() {
            if (hasBuildx) {
                return true;
            }
            Matcher version = VERSION.matcher(versionLine == null ? "" : versionLine);
            if (!version.find()) {
                return false;
            }
            int major = Integer.parseInt(version.group(1));
            int minor = Integer.parseInt(version.group(2));
            return major < FIRST_NEEDING_BUILDX && (major > 18 || major == 18 && minor >= 9);
        }

        String whyNot() {
            if (versionLine == null) {
                return executable + " did not answer `docker --version`";
            }
            return executable + " (" + versionLine.strip() + ") needs the buildx plugin for BuildKit, and it has none";
        }
    }

    /** The found CLI, or the sentence saying why none can build this; {@code probes} in PATH order. */
    static Found choose(List<Probe> probes) {
        for (Probe probe : probes) {
            if (probe.canBuildWithSecrets()) {
                return new Found(Optional.of(probe.executable()), null);
            }
        }
        String lead = "This Dockerfile uses RUN --mount (build secrets), which only BuildKit can run; the engine's API "
                + "builder cannot, so Berth runs such builds through the docker CLI. ";
        String found = probes.isEmpty() ? "There is no docker CLI on the PATH."
                : "No docker CLI on the PATH can: " + String.join("; ", probes.stream().map(Probe::whyNot).toList())
                + ".";
        return new Found(Optional.empty(), lead + found
                + " Install the docker CLI with its buildx plugin (docker-buildx-plugin), then open the dialog again.");
    }

    /** @param why null when {@code executable} is present */
    record Found(Optional<Path> executable, String why) {
    }

    /** Probes every distinct {@code docker} executable on {@code path} (the PATH variable's value). */
    static Found find(String path) {
        List<Probe> probes = new ArrayList<>();
        for (Path executable : candidates(path)) {
            probes.add(probe(executable));
        }
        return choose(probes);
    }

    static List<Path> candidates(String path) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> found = new ArrayList<>();
        String name = File.separatorChar == '\\' ? "docker.exe" : "docker";
        for (String dir : path == null ? new String[0] : path.split(Pattern.quote(File.pathSeparator))) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            try {
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                        && seen.add(candidate.toRealPath())) {
                    found.add(candidate);
                }
            } catch (IOException | RuntimeException unreadable) {
                // a PATH entry we cannot read holds no CLI we could run
            }
        }
        return found;
    }

    private static Probe probe(Path executable) {
        Optional<String> version = run(executable, "--version");
        boolean buildx = version.isPresent() && run(executable, "buildx", "version").isPresent();
        return new Probe(executable, version.orElse(null), buildx);
    }

    /** The command's output when it exits 0 within a few seconds. */
    private static Optional<String> run(Path executable, String... arguments) {
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // The answers are a line or two, far below a pipe's buffer, so waiting before reading cannot block.
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] output = process.getInputStream().readAllBytes();
            return process.exitValue() == 0 ? Optional.of(new String(output, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException failed) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
