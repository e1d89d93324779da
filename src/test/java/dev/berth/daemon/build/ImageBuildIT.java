package dev.berth.daemon.build;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Container;
import dev.berth.daemon.GatewayFixture;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Classic builds over the Engine API against the real engine; every image they make is removed afterwards. */
@ExtendWith(EngineRequired.class)
class ImageBuildIT {
    private static final Map<String, String> TEST_LABELS = GatewayFixture.TEST_LABELS;

    private GatewayFixture fixture;
    private final List<BuildRun> runs = new ArrayList<>();
    @TempDir
    Path context;
    @TempDir
    Path elsewhere;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture == null) {
            return; // the set-up stopped before the engine: nothing was made
        }
        for (BuildRun run : runs) {
            run.subscription.close();
            run.removeImages(fixture.client());
        }
        fixture.close();
    }

    private BuildRun build(BuildSpec spec) {
        BuildRun run = BuildRun.start(fixture.gateway.builds(), spec);
        runs.add(run);
        return run;
    }

    private static BuildSpec spec(Path context, Path dockerfile, List<String> tags, Map<String, String> args,
                                  String target) {
        return new BuildSpec(context, dockerfile, tags, args, target, false, false, TEST_LABELS, List.of(),
                BuildSpec.Builder.CLASSIC);
    }

    @Test
    void aTwoStageBuildWithABuildArgBuildsOnlyTheTargetStage() throws Exception {
        BuildRun.write(context, "Dockerfile", String.join("\n",
                "# the first stage is the target",
                "FROM " + TestEngine.IMAGE + " AS Builder",
                BuildRun.marker(),
                "ARG GREETING=hello",
                "ENV GREETING=$GREETING STAGE=builder",
                "RUN echo \"$GREETING\" > /greeting",
                "LABEL stage=builder",
                "",
                "FROM " + TestEngine.IMAGE + " AS runtime",
                BuildRun.marker(),
                "COPY --from=builder /greeting /greeting",
                "ENV STAGE=runtime",
                "LABEL stage=runtime", ""));
        String tag = "berth-test/build:" + UUID.randomUUID().toString().substring(0, 8);

        BuildRun run = build(spec(context, null, List.of(tag), Map.of("GREETING", "bonjour"), "builder"));
        BuildOutcome outcome = run.awaitEnd();

        assertThat(outcome.succeeded()).as("%s", outcome.failure()).isTrue();
        InspectImageResponse image = fixture.client().inspectImageCmd(tag).exec();
        assertThat(image.getId()).isEqualTo(outcome.imageId());
        assertThat(image.getConfig().getLabels()).containsEntry("stage", "builder")
                .containsEntry(TestEngine.TEST_LABEL, "true");
        assertThat(image.getConfig().getEnv()).contains("GREETING=bonjour", "STAGE=builder")
                .doesNotContain("STAGE=runtime");
        assertThat(run.steps()).anyMatch(step -> step.matches("Step \\d+/\\d+ : RUN echo .*"))
                .noneMatch(step -> step.contains("COPY --from"));
    }

    @Test
    void aBrokenDockerfileFailsAtItsStepWithTheBuildersReason() throws Exception {
        BuildRun.write(context, "Dockerfile", String.join("\n",
                "FROM " + TestEngine.IMAGE,
                BuildRun.marker(),
                "RUN echo fine",
                "RUN echo about to fail && exit 3",
                "RUN echo never", ""));

        BuildRun run = build(spec(context, null, List.of(), Map.of(), null));
        BuildOutcome outcome = run.awaitEnd();

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failure().getMessage())
                .contains("Step 4/6 : RUN echo about to fail && exit 3")
                .contains("returned a non-zero code: 3");
        assertThat(run.lines).contains(BuildLine.output("about to fail"))
                .anyMatch(line -> line.kind() == BuildLine.Kind.ERROR && line.text().contains("non-zero code: 3"));
        assertThat(run.steps()).last().isEqualTo("Step 4/6 : RUN echo about to fail && exit 3");
    }

    @Test
    void theContextHonoursDockerignoreAndTheDockerfileMayLieOutsideIt() throws Exception {
        BuildRun.write(context, "keep.txt", "kept");
        BuildRun.write(context, "app/main.sh", "echo hi");
        BuildRun.write(context, "app/local.env", "PASSWORD=x");
        BuildRun.write(context, "logs/today.log", "noise");
        BuildRun.write(context, "logs/keep.log", "wanted");
        BuildRun.write(context, ".dockerignore", "# comments and blank lines are fine\n\n**/*.env\nlogs\n"
                + "!logs/keep.log\n/Dockerfile.unused\n");
        BuildRun.write(context, "Dockerfile.unused", "FROM scratch");
        Path dockerfile = BuildRun.write(elsewhere, "Build.dockerfile", String.join("\n",
                "FROM " + TestEngine.IMAGE,
                BuildRun.marker(),
                "COPY . /ctx",
                "RUN test -f /ctx/keep.txt && test -f /ctx/app/main.sh && test -f /ctx/logs/keep.log"
                        + " && test ! -e /ctx/app/local.env && test ! -e /ctx/logs/today.log"
                        + " && test ! -e /ctx/Dockerfile.unused && test -f /ctx/.dockerignore"
                        + " && ls -A /ctx", ""));

        BuildRun run = build(spec(context, dockerfile, List.of(), Map.of(), null));
        BuildOutcome outcome = run.awaitEnd();

        assertThat(outcome.succeeded()).as("%s %s", outcome.failure(), run.texts()).isTrue();
        // the Dockerfile from outside travels under a generated name, which the COPY then sees too
        assertThat(run.texts()).anyMatch(text -> text.startsWith(".dockerfile."));
    }

    @Test
    void closingTheSubscriptionStopsTheBuild() throws Exception {
        String marker = UUID.randomUUID().toString();
        BuildRun.write(context, "Dockerfile", String.join("\n",
                "FROM " + TestEngine.IMAGE,
                BuildRun.marker(),
                "RUN echo started-" + marker + " && sleep 60", ""));

        BuildRun run = build(spec(context, null, List.of(), Map.of(), null));
        run.awaitLine(Pattern.compile("^started-" + marker + "$")); // the output, not the step line
        // the engine may record the step container's start a moment after the step has printed
        await().atMost(Duration.ofSeconds(10)).until(() -> !buildContainers(marker).isEmpty());
        run.subscription.close();

        await().atMost(Duration.ofSeconds(20)).until(() -> buildContainers(marker).isEmpty());
        assertThat(run.outcome).isNotDone();
    }

    /** The builder's step containers of this test in any state (their command holds the marker). */
    private List<Container> buildContainers(String marker) {
        return fixture.client().listContainersCmd().withShowAll(true).exec().stream()
                .filter(container -> container.getCommand() != null && container.getCommand().contains(marker))
                .toList();
    }
}
