package dev.berth.compose.actions;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.PushResponseItem;
import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.images.ImageReference;
import dev.berth.testing.ComposeProjects;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.LocalRegistry;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

/** The images of {@code up}, {@code pull} and {@code build}: pulled from the local registry, built from a context. */
@ExtendWith(EngineRequired.class)
class ComposeImagesIT {
    private final ComposeFixture fixture = new ComposeFixture();
    private final String name = fixture.project(ComposeProjects.uniqueName("img"));
    private final List<String> pushed = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void removeEverything() throws Exception {
        fixture.close();
        pushed.forEach(LocalRegistry::deleteQuietly);
    }

    /** The test image pushed to the local registry under a unique name, and not on the engine under that name. */
    private String onlyInTheRegistry() throws InterruptedException {
        String reference = LocalRegistry.uniqueReference("compose", "1");
        ImageReference parsed = ImageReference.parse(reference);
        fixture.client().tagImageCmd(TestEngine.IMAGE, parsed.name(), "1").exec();
        pushed.add(reference);
        fixture.gateway.removeImageAtTheEnd(reference);
        fixture.client().pushImageCmd(parsed.name()).withTag("1").exec(new ResultCallback.Adapter<PushResponseItem>())
                .awaitCompletion();
        fixture.client().removeImageCmd(reference).exec();
        return reference;
    }

    @Test
    void upPullsAMissingImageFromTheRegistryAndLabelsTheContainerWithItsId() throws Exception {
        String reference = onlyInTheRegistry();
        ComposeProject project = ComposeProjects.project(name, dir).service(service("web").image(reference)).build();

        fixture.up(project);

        assertThat(fixture.progress).contains(new ServiceProgress("web", reference, Step.PULLED, ""));
        var web = fixture.inspect(name + "-web-1");
        assertThat(web.getState().getRunning()).isTrue();
        assertThat(web.getConfig().getLabels()).containsEntry("com.docker.compose.image", web.getImageId());
    }

    @Test
    void pullFetchesEachServicesImageOnce() throws Exception {
        String reference = onlyInTheRegistry();
        ComposeProject project = ComposeProjects.project(name, dir).service(service("a").image(reference))
                .service(service("b").image(reference)).build();

        ComposeFixture.done(fixture.actions.pull(project, fixture.progress::add));

        assertThat(fixture.client().inspectImageCmd(reference).exec().getId()).isNotBlank();
        assertThat(fixture.progress).filteredOn(step -> step.step() == Step.PULLED).hasSize(1);
    }

    @Test
    void aServiceWithBuildIsBuiltAsProjectDashServiceAndRebuiltByBuild() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM %s
                ARG FLAVOUR=plain
                LABEL %s=true flavour=$FLAVOUR
                CMD ["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"]
                """.formatted(TestEngine.IMAGE, TestEngine.TEST_LABEL));
        String image = name + "-app";
        fixture.gateway.removeImageAtTheEnd(image);
        ComposeProject project = ComposeProjects.project(name, dir).service(service("app").image(null).command()
                .build(new ServiceSpec.BuildSpec(dir.toString(), "Dockerfile", Map.of("FLAVOUR", "salted"), null,
                        Map.of()))).build();

        fixture.up(project);

        assertThat(fixture.progress).contains(new ServiceProgress("app", image, Step.BUILT, ""));
        assertThat(fixture.client().inspectImageCmd(image).exec().getConfig().getLabels())
                .containsEntry("flavour", "salted");
        assertThat(fixture.inspect(name + "-app-1").getConfig().getImage()).isEqualTo(image);

        fixture.progress.clear();
        ComposeFixture.done(fixture.actions.build(project, fixture.progress::add));
        assertThat(fixture.progress).contains(new ServiceProgress("app", image, Step.BUILT, ""));
    }
}
