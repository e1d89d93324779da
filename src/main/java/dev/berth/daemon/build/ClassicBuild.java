package dev.berth.daemon.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.engine.EngineStreamCallback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.function.Consumer;

/**
 * One build by the engine's classic builder ({@code POST /build}) with the context packed by
 * {@link BuildContextTar}. Closing drops the connection, which makes the engine cancel the build.
 */
final class ClassicBuild extends EngineStreamCallback<BuildResponseItem> implements Subscription {
    private final BuildOutputParser parser;
    private final Consumer<BuildOutcome> end;
    private final BuildContextTar.Packed packed;
    private final DockerClient client;

    private ClassicBuild(DockerClient client, BuildContextTar.Packed packed, Consumer<BuildLine> output,
                         Consumer<BuildOutcome> end) {
        this.client = client;
        this.packed = packed;
        this.parser = new BuildOutputParser(output);
        this.end = end;
    }

    /** Packs the context and starts the build; the caller is on a gateway thread (packing reads the disk). */
    static ClassicBuild start(DockerClient client, BuildSpec spec, Consumer<BuildLine> output,
                              Consumer<BuildOutcome> end) throws IOException {
        BuildContextTar.Packed packed = BuildContextTar.pack(spec.context(), spec.effectiveDockerfile());
        ClassicBuild build = new ClassicBuild(client, packed, output, end);
        try {
            InputStream tar = Files.newInputStream(packed.tarFile());
            BuildImageCmd command = client.buildImageCmd(tar)
                    .withDockerfilePath(packed.dockerfilePath())
                    .withTags(new LinkedHashSet<>(spec.tags()))
                    .withNoCache(spec.noCache())
                    .withPull(spec.pull())
                    .withRemove(true)
                    .withForcerm(true);
            spec.buildArgs().forEach(command::withBuildArg);
            if (spec.target() != null) {
                command.withTarget(spec.target());
            }
            if (!spec.labels().isEmpty()) {
                command.withLabels(spec.labels());
            }
            command.exec(build);
        } catch (RuntimeException failed) {
            build.deleteTar();
            throw failed;
        }
        return build;
    }

    @Override
    public void onNext(BuildResponseItem item) {
        if (item.getStream() != null) {
            parser.stream(item.getStream());
        }
        if (item.getStatus() != null) {
            parser.status(item.getId(), item.getStatus());
        }
        ResponseItem.ErrorDetail detail = item.getErrorDetail();
        if (detail != null && detail.getMessage() != null) {
            parser.error(detail.getMessage());
        } else if (item.getError() != null) {
            parser.error(item.getError());
        }
        if (item.getAux() != null && item.getAux().getRawValues().get("ID") instanceof String id) {
            parser.imageMade(id);
        }
    }

    @Override
    public void onError(Throwable failure) {
        deleteTar();
        if (markEndedToReport()) {
            parser.flush();
            end.accept(BuildOutcome.failed(parser.error() != null ? parser.failure(null)
                    : DaemonErrors.translate(failure, "build the image")));
        }
    }

    @Override
    public void onComplete() {
        deleteTar();
        if (markEndedToReport()) {
            parser.flush();
            if (parser.error() != null) {
                end.accept(BuildOutcome.failed(parser.failure(null)));
            } else if (parser.imageId() == null) {
                end.accept(BuildOutcome.failed(parser.failure("the engine ended the build without naming an image.")));
            } else {
                end.accept(BuildOutcome.built(fullId(parser.imageId())));
            }
        }
    }

    /** "Successfully built 1a2b…" gives the short id; the rest of Berth knows images by their full one. */
    private String fullId(String id) {
        if (id.startsWith("sha256:")) {
            return id;
        }
        try {
            return client.inspectImageCmd(id).exec().getId();
        } catch (RuntimeException unknown) {
            return id;
        }
    }

    @Override
    public void close() {
        closeByUs();
        deleteTar();
    }

    private void deleteTar() {
        try {
            Files.deleteIfExists(packed.tarFile());
        } catch (IOException stays) {
            packed.tarFile().toFile().deleteOnExit();
        }
    }
}
