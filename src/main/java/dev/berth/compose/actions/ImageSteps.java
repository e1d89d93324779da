package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.build.BuildLine;
import dev.berth.daemon.build.BuildSpec;
import dev.berth.daemon.compose.LocalImage;
import dev.berth.daemon.images.ImageReference;
import dev.berth.images.transfer.LayerProgress;
import dev.berth.ui.text.ByteSizes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images of a project's services: found on the engine, pulled, or built with Berth's build (the classic builder
 * over the Engine API), each reference once however many services run it.
 */
final class ImageSteps {
    private final EngineGateway gateway;
    private final ComposeProject project;
    private final ComposeRun run;
    private final Map<String, CompletableFuture<LocalImage>> byReference = new ConcurrentHashMap<>();

    ImageSteps(EngineGateway gateway, ComposeProject project, ComposeRun run) {
        this.gateway = gateway;
        this.project = project;
        this.run = run;
    }

    /**
     * What {@code up} does: the service's image as it is on the engine; when missing, built if the service has
     * {@code build:}, else pulled; with {@code rebuild} ({@code --build}) a service with {@code build:} is built
     * anyway.
     */
    CompletableFuture<LocalImage> ensure(ServiceSpec service, boolean rebuild) {
        String reference = ComposeNames.image(project.name(), service);
        return byReference.computeIfAbsent(reference, unused -> {
            if (rebuild && service.build() != null) {
                return build(service);
            }
            return run.step(() -> gateway.compose().image(reference)).thenCompose(found -> found
                    .map(CompletableFuture::completedFuture)
                    .orElseGet(() -> service.build() != null ? build(service) : pull(service)));
        });
    }

    /** {@code docker compose pull} of one service: a service that can be built may fail to pull, as compose allows. */
    CompletableFuture<LocalImage> pull(ServiceSpec service) {
        String reference = ComposeNames.image(project.name(), service);
        return run.step(() -> {
            ImageReference parsed;
            try {
                parsed = ImageReference.parse(reference);
            } catch (IllegalArgumentException invalid) {
                throw new DaemonException("The image \"" + reference + "\" of " + service.name() + " is not a valid"
                        + " reference: " + invalid.getMessage(), null);
            }
            run.report(service.name(), reference, ServiceProgress.Step.PULLING);
            LayerProgress layers = new LayerProgress();
            Transfer<Void> transfer = gateway.images().pull(parsed, message -> {
                String detail;
                synchronized (layers) {
                    layers.apply(message);
                    detail = layers.bytesTotal() > 0 ? ByteSizes.human(layers.bytesDone()) + " of "
                            + ByteSizes.human(layers.bytesTotal()) : message.status();
                }
                run.report(service.name(), reference, ServiceProgress.Step.PULLING, detail);
            });
            return run.closeOnCancel(transfer, transfer.result()).thenCompose(pulled -> found(reference))
                    .whenComplete((image, failure) -> {
                        if (failure == null) {
                            run.report(service.name(), reference, ServiceProgress.Step.PULLED);
                        }
                    });
        });
    }

    /** {@code docker compose build} of one service, tagged with its image name. */
    CompletableFuture<LocalImage> build(ServiceSpec service) {
        String reference = ComposeNames.image(project.name(), service);
        return run.step(() -> {
            ServiceSpec.BuildSpec build = service.build();
            Path context = Path.of(build.context());
            BuildSpec spec = new BuildSpec(context, build.dockerfile() == null ? null
                    : context.resolve(build.dockerfile()), List.of(reference), build.args(), build.target(), false,
                    false, build.labels(), List.of(), BuildSpec.Builder.CLASSIC);
            run.report(service.name(), reference, ServiceProgress.Step.BUILDING);
            CompletableFuture<String> built = new CompletableFuture<>();
            Subscription subscription = gateway.builds().build(spec, line -> {
                if (line.kind() == BuildLine.Kind.STEP) {
                    run.report(service.name(), reference, ServiceProgress.Step.BUILDING, line.text());
                }
            }, outcome -> {
                if (outcome.succeeded()) {
                    built.complete(outcome.imageId());
                } else {
                    built.completeExceptionally(outcome.failure());
                }
            });
            // A closed build reports no end, so the cancel completes the wait itself.
            Subscription cancel = () -> {
                subscription.close();
                built.completeExceptionally(new CancellationException("cancelled"));
            };
            return run.closeOnCancel(cancel, built).thenCompose(id -> found(reference))
                    .whenComplete((image, failure) -> {
                        if (failure == null) {
                            run.report(service.name(), reference, ServiceProgress.Step.BUILT);
                        }
                    });
        });
    }

    private CompletableFuture<LocalImage> found(String reference) {
        return gateway.compose().image(reference).thenApply((Optional<LocalImage> image) -> image.orElseThrow(() ->
                new DaemonException("The image " + reference + " is not on the engine after it was made.", null)));
    }
}
