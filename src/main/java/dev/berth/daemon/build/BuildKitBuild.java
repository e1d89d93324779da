package dev.berth.daemon.build;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.cli.BuildCommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One BuildKit build run as {@code DOCKER_BUILDKIT=1 docker build --progress=plain …} against the gateway's engine.
 * Its output is read on a thread of its own and parsed like the classic builder's; closing ends the CLI process,
 * which cancels the build in the engine.
 */
final class BuildKitBuild implements Subscription {
    private static final Logger log = LoggerFactory.getLogger(BuildKitBuild.class);

    private final Process process;
    private final Path imageIdFile;
    private volatile boolean closedByUs;

    private BuildKitBuild(Process process, Path imageIdFile) {
        this.process = process;
        this.imageIdFile = imageIdFile;
    }

    static BuildKitBuild start(Path cli, EngineEndpoint engine, BuildSpec spec, Consumer<BuildLine> output,
                               Consumer<BuildOutcome> end) throws IOException {
        Path imageIdFile = Files.createTempFile("berth-build-", ".iid");
        List<String> arguments = BuildCommandLine.arguments(spec);
        List<String> command = new ArrayList<>(List.of(cli.toString(), arguments.get(0), "--progress=plain",
                "--iidfile", imageIdFile.toString()));
        command.addAll(arguments.subList(1, arguments.size()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment(builder.environment(), engine);
        Process process;
        try {
            process = builder.start();
        } catch (IOException failed) {
            Files.deleteIfExists(imageIdFile);
            throw failed;
        }
        process.getOutputStream().close();
        BuildKitBuild build = new BuildKitBuild(process, imageIdFile);
        Thread reader = new Thread(() -> build.follow(output, end), "berth-build-cli");
        reader.setDaemon(true);
        reader.start();
        return build;
    }

    /** The CLI talks to the gateway's engine, with BuildKit on; a context of the user's would point elsewhere. */
    static void environment(Map<String, String> env, EngineEndpoint engine) {
        env.remove("DOCKER_CONTEXT");
        env.remove("DOCKER_TLS_VERIFY");
        env.remove("DOCKER_CERT_PATH");
        env.put("DOCKER_BUILDKIT", "1");
        env.put("DOCKER_HOST", engine.host());
        if (engine.usesTls()) {
            if (engine.tls().verify()) {
                env.put("DOCKER_TLS_VERIFY", "1");
            }
            if (engine.tls().certPath() != null) {
                env.put("DOCKER_CERT_PATH", engine.tls().certPath());
            }
        }
    }

    private void follow(Consumer<BuildLine> output, Consumer<BuildOutcome> end) {
        BuildOutputParser parser = new BuildOutputParser(output);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                parser.buildKitLine(line);
            }
            int exit = process.waitFor();
            if (closedByUs) {
                return;
            }
            String imageId = exit == 0 ? Files.readString(imageIdFile).strip() : "";
            end.accept(exit == 0 && !imageId.isEmpty() ? BuildOutcome.built(imageId)
                    : BuildOutcome.failed(parser.failure("the docker CLI ended with exit code " + exit + ".")));
        } catch (IOException broken) {
            if (!closedByUs) {
                end.accept(BuildOutcome.failed(new DaemonException("Berth lost the output of the docker CLI: "
                        + broken.getMessage(), null)));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(imageIdFile);
        }
    }

    @Override
    public void close() {
        closedByUs = true;
        process.destroy(); // SIGTERM: the CLI cancels its BuildKit session before it exits
        Thread killer = new Thread(() -> {
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException interrupted) {
                process.destroyForcibly();
            }
        }, "berth-build-cli-stop");
        killer.setDaemon(true);
        killer.start();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException stays) {
            log.debug("Could not delete {}", file, stays);
        }
    }
}
