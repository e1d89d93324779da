package dev.berth.daemon.build;

import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * BuildKit builds through the docker CLI against the real engine: a build secret reaches the RUN step but not the
 * image. Needs a CLI that can run {@code DOCKER_BUILDKIT=1 docker build --secret} (Debian's docker.io 20.10 can).
 */
@ExtendWith(EngineRequired.class)
class BuildKitBuildIT {
    private GatewayFixture fixture;
    private BuildRun run;
    @TempDir
    Path context;
    @TempDir
    Path secrets;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
        done(fixture.gateway.builds().buildKitUnavailable()).ifPresent(EngineRequired::skipOrFail);
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (run != null) {
            run.subscription.close();
            run.removeImages(fixture.client());
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Without the cache: BuildKit keys a RUN step by its text, not by the secret's content nor earlier labels. */
    private BuildSpec spec(List<String> tags, List<BuildSpec.BuildSecret> secrets) {
        return new BuildSpec(context, null, tags, Map.of(), null, true, false,
                GatewayFixture.TEST_LABELS, secrets, BuildSpec.Builder.BUILDKIT);
    }

    @Test
    void aSecretReachesItsRunStepButNotTheImage() throws Exception {
        String secret = "s3cr3t-" + UUID.randomUUID();
        Path secretFile = BuildRun.write(secrets, "token.txt", secret + "\n");
        BuildRun.write(context, "Dockerfile", String.join("\n",
                "FROM " + TestEngine.IMAGE,
                BuildRun.marker(),
                "RUN --mount=type=secret,id=token sed 's/^/seen:/' /run/secrets/token && touch /built", ""));
        String tag = "berth-test/buildkit:" + UUID.randomUUID().toString().substring(0, 8);
        fixture.removeImageAtTheEnd(tag);

        run = BuildRun.start(fixture.gateway.builds(), spec(List.of(tag),
                List.of(new BuildSpec.BuildSecret("token", secretFile))));
        BuildOutcome outcome = run.awaitEnd();

        assertThat(outcome.succeeded()).as("%s %s", outcome.failure(), run.texts()).isTrue();
        assertThat(run.steps()).anyMatch(step -> step.matches("#\\d+ \\[2/2] RUN --mount=type=secret,id=token .*"));
        assertThat(run.texts()).anyMatch(text -> text.endsWith("seen:" + secret));
        var image = fixture.client().inspectImageCmd(tag).exec();
        assertThat(image.getId()).isEqualTo(outcome.imageId());
        assertThat(image.getConfig().getLabels()).containsEntry(TestEngine.TEST_LABEL, "true");
        try (EngineClients raw = EngineClients.open(TestEngine.endpoint())) {
            String history = raw.getJson("/images/" + outcome.imageId() + "/history");
            assertThat(history).contains("RUN /bin/sh -c sed").doesNotContain(secret);
            assertThat(raw.getJson("/images/" + outcome.imageId() + "/json")).doesNotContain(secret);
        }
    }

    @Test
    void aFailingBuildKitStepIsNamedInTheFailure() throws Exception {
        BuildRun.write(context, "Dockerfile", String.join("\n",
                "FROM " + TestEngine.IMAGE,
                BuildRun.marker(),
                "RUN --mount=type=secret,id=token echo about to fail && exit 3", ""));

        run = BuildRun.start(fixture.gateway.builds(), spec(List.of(), List.of()));
        BuildOutcome outcome = run.awaitEnd();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failure().getMessage())
                .startsWith("The build failed at [2/2] RUN --mount=type=secret,id=token echo about to fail")
                .contains("exit code: 3");
        assertThat(run.lines).anyMatch(line -> line.kind() == BuildLine.Kind.ERROR);
    }
}
