package dev.berth.images.build;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.build.BuildLine;
import dev.berth.daemon.build.BuildOutcome;
import dev.berth.daemon.build.BuildSpec;
import dev.berth.testing.FakeBuildOperations;
import dev.berth.testing.RecordingTaskNotices.Report;
import dev.berth.testing.RecordingTaskNotices;
import dev.berth.ui.Notice;
import dev.berth.ui.form.KeyValueRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildDialogViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String TWO_STAGES = """
            ARG BASE=berth-test/busybox:latest
            FROM ${BASE} AS build
            ARG VERSION=1.0
            ARG VERSION
            FROM berth-test/busybox:latest AS runtime
            """;

    private final FakeBuildOperations builds = new FakeBuildOperations();
    private final RecordingTaskNotices notices = new RecordingTaskNotices();
    private Instant now = NOW;
    private final BuildDialogViewModel model = new BuildDialogViewModel(builds, Runnable::run, () -> now, notices);
    private final List<BuildDialogViewModel.Built> built = new ArrayList<>();
    @TempDir
    Path context;

    private void useContext(String dockerfile) throws IOException {
        Files.writeString(context.resolve("Dockerfile"), dockerfile);
        model.form().contextProperty().set(context.toString());
    }

    @Test
    void nothingIsBuiltUntilTheFormSaysWhereTheContextIs() {
        assertThat(model.problemsProperty().get()).containsKey(BuildField.CONTEXT);
        assertThat(model.build()).isFalse();
        assertThat(builds.specs()).isEmpty();

        model.form().contextProperty().set(context.resolve("missing").toString());
        assertThat(model.problemsProperty().get().get(BuildField.CONTEXT)).contains("does not exist");

        model.form().contextProperty().set(context.toString());
        assertThat(model.problemsProperty().get().get(BuildField.DOCKERFILE))
                .isEqualTo("There is no Dockerfile in " + context + ". Choose the Dockerfile to use (-f).");
    }

    @Test
    void theDockerfileOffersItsArgsOnceAndItsStagesAsTargets() throws IOException {
        useContext(TWO_STAGES);

        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(model.analysisProperty().get().stageNames()).containsExactly("build", "runtime");
        assertThat(model.offeredArgs()).extracting(DockerfileAnalysis.Arg::name).containsExactly("BASE", "VERSION");
        assertThat(model.commandLineProperty().get()).isEqualTo("docker build " + context);

        model.offerArg(model.offeredArgs().get(1));
        model.form().targetProperty().set("build");
        model.form().tagsProperty().set("web:1 web:latest");

        assertThat(model.offeredArgs()).extracting(DockerfileAnalysis.Arg::name).containsExactly("BASE");
        assertThat(model.commandLineProperty().get()).isEqualTo("docker build -t web:1 -t web:latest"
                + " --build-arg VERSION=1.0 --target build " + context);
    }

    @Test
    void anUnknownTargetAndABadTagAreProblems() throws IOException {
        useContext(TWO_STAGES);
        model.form().targetProperty().set("tests");
        model.form().tagsProperty().set("Web:1");

        assertThat(model.problemsProperty().get().get(BuildField.TARGET))
                .isEqualTo("The Dockerfile has no stage tests; its stages are build, runtime.");
        assertThat(model.problemsProperty().get().get(BuildField.TAGS)).contains("must be lowercase");
        assertThat(model.build()).isFalse();
    }

    @Test
    void aSecretLookingBuildArgIsWarnedAboutBecauseItStaysInTheHistory() throws IOException {
        useContext(TWO_STAGES);
        model.form().buildArgs().add(new KeyValueRow("NPM_TOKEN", "abc"));

        assertThat(model.secretArgsWarningProperty().get()).startsWith("NPM_TOKEN looks like a secret.")
                .contains("docker history", "RUN --mount=type=secret");
        assertThat(model.problemsProperty().get()).isEmpty();

        model.form().buildArgs().get(0).keyProperty().set("VERSION");
        assertThat(model.secretArgsWarningProperty().get()).isEmpty();
    }

    @Test
    void aBuildStreamsItsOutputHighlightsTheStepAndReportsTheImage() throws IOException {
        useContext(TWO_STAGES);
        model.form().tagsProperty().set("web:1");
        model.form().labels().add(new KeyValueRow("team", "core"));
        model.form().noCacheProperty().set(true);
        model.setOnBuilt(built::add);

        assertThat(model.build()).isTrue();
        BuildSpec sent = builds.specs().get(0);
        assertThat(sent.context()).isEqualTo(context.toAbsolutePath().normalize());
        assertThat(sent.tags()).containsExactly("web:1");
        assertThat(sent.labels()).isEqualTo(Map.of("team", "core"));
        assertThat(sent.noCache()).isTrue();
        assertThat(sent.builder()).isEqualTo(BuildSpec.Builder.CLASSIC);
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.startedAtProperty().get()).isEqualTo(NOW);
        assertThat(model.build()).as("one build at a time").isFalse();

        BuildLine step = BuildLine.step("Step 1/2 : FROM berth-test/busybox:latest");
        builds.emit(step);
        builds.emit(BuildLine.output(" ---> d51567b65336"));
        assertThat(model.currentStepProperty().get()).isSameAs(step);
        assertThat(model.output()).hasSize(2);

        builds.end(BuildOutcome.built("sha256:393712a2b246aaaa"));

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.notice().get()).isEqualTo(new Notice(Notice.Kind.INFO,
                "Built image 393712a2b246 as web:1.", null));
        assertThat(built).containsExactly(new BuildDialogViewModel.Built("sha256:393712a2b246aaaa",
                "docker build -t web:1 --no-cache --label team=core " + context));
    }

    @Test
    void aFailedBuildShowsTheBuildersSentence() throws IOException {
        useContext(TWO_STAGES);
        model.setOnBuilt(built::add);
        model.build();

        builds.end(BuildOutcome.failed(new DaemonException("The build failed at Step 2/2 : RUN exit 3 — code 3",
                "Fix that step of the Dockerfile and build again.")));

        assertThat(model.notice().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().get().sentence()).contains("Step 2/2 : RUN exit 3");
        assertThat(built).isEmpty();
        assertThat(model.build()).as("the form can be built again").isTrue();
    }

    @Test
    void cancelStopsTheBuildAndIgnoresWhatStillArrives() throws IOException {
        useContext(TWO_STAGES);
        model.setOnBuilt(built::add);
        model.build();

        model.cancel();
        builds.emit(BuildLine.output("late"));
        builds.end(BuildOutcome.built("sha256:late"));

        assertThat(builds.closedBuilds()).isEqualTo(1);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.output()).isEmpty();
        assertThat(model.notice().get().sentence()).isEqualTo("Build cancelled.");
        assertThat(built).isEmpty();
        assertThat(notices.reports()).as("a cancelled build is no news").isEmpty();
    }

    @Test
    void aFinishedBuildIsReportedByItsFirstTagAsTaggedWhenItStarted() throws IOException {
        useContext(TWO_STAGES);
        model.form().tagsProperty().set("web:1 web:latest");
        model.build();
        model.form().tagsProperty().set("edited:2");
        now = NOW.plusSeconds(75);
        builds.end(BuildOutcome.built("sha256:393712a2b246aaaa"));

        assertThat(notices.reports()).containsExactly(new Report("build", "web:1", Duration.ofSeconds(75), null));
        assertThat(model.notice().get().sentence()).isEqualTo("Built image 393712a2b246 as web:1, web:latest.");
    }

    @Test
    void anUntaggedBuildIsReportedByItsImageIdAndAFailedOneByItsFolder() throws IOException {
        useContext(TWO_STAGES);
        model.build();
        now = NOW.plusSeconds(20);
        builds.end(BuildOutcome.built("sha256:393712a2b246aaaa"));

        model.build();
        now = NOW.plusSeconds(50);
        DaemonException broken = new DaemonException("The build failed at Step 2/2 : RUN exit 3 — code 3", null);
        builds.end(BuildOutcome.failed(broken));

        assertThat(notices.reports()).containsExactly(
                new Report("build", "393712a2b246", Duration.ofSeconds(20), null),
                new Report("build", context.getFileName().toString(), Duration.ofSeconds(30), broken));
    }

    @Test
    void closingTheDialogCancelsARunningBuildOnly() throws IOException {
        model.close();
        assertThat(builds.closedBuilds()).isZero();

        useContext(TWO_STAGES);
        model.build();
        model.close();
        assertThat(builds.closedBuilds()).isEqualTo(1);
    }

    @Test
    void theOutputKeepsOnlyTheNewestLines() throws IOException {
        useContext(TWO_STAGES);
        model.build();

        for (int i = 0; i < BuildDialogViewModel.MAX_LINES + 5; i++) {
            builds.emit(BuildLine.output("line " + i));
        }

        assertThat(model.output()).hasSize(BuildDialogViewModel.MAX_LINES);
        assertThat(model.output().get(0).text()).isEqualTo("line 5");
    }

    @Test
    void aDockerfileWithSecretMountsIsBuiltWithBuildKitAndAsksForTheSecretFiles() throws IOException {
        useContext("FROM berth-test/busybox:latest\nRUN --mount=type=secret,id=token cat /run/secrets/token\n");

        assertThat(model.form().secrets()).extracting(row -> row.keyProperty().get()).containsExactly("token");
        assertThat(model.problemsProperty().get().get(BuildField.SECRETS))
                .isEqualTo("Choose the file that holds the secret token.");
        assertThat(model.build()).isFalse();

        Path secret = Files.writeString(context.resolveSibling(context.getFileName() + "-token.txt"), "t0k3n");
        model.form().secrets().get(0).valueProperty().set(secret.toString());

        assertThat(model.problemsProperty().get()).isEmpty();
        assertThat(model.commandLineProperty().get()).isEqualTo("DOCKER_BUILDKIT=1 docker build --secret id=token,src="
                + secret + " " + context);
        assertThat(model.build()).isTrue();
        assertThat(builds.specs().get(0).builder()).isEqualTo(BuildSpec.Builder.BUILDKIT);
        assertThat(builds.specs().get(0).secrets()).containsExactly(new BuildSpec.BuildSecret("token", secret));
        Files.delete(secret);
    }

    @Test
    void withoutACapableCliABuildKitDockerfileSaysWhyItCannotBeBuilt() throws IOException {
        builds.setBuildKitUnavailable("There is no docker CLI on the PATH.");
        BuildDialogViewModel withoutCli = new BuildDialogViewModel(builds, Runnable::run, () -> NOW, notices);
        Files.writeString(context.resolve("Dockerfile"), "FROM x\nRUN --mount=type=cache,target=/c make\n");
        withoutCli.form().contextProperty().set(context.toString());

        assertThat(withoutCli.buildKitProblemProperty().get()).isEqualTo("There is no docker CLI on the PATH.");
        assertThat(withoutCli.build()).isFalse();
        assertThat(builds.specs()).isEmpty();

        Files.writeString(context.resolve("Dockerfile"), "FROM x\n");
        assertThat(withoutCli.build()).as("the edited Dockerfile is read again").isTrue();
        assertThat(withoutCli.buildKitProblemProperty().get()).isEmpty();
        assertThat(builds.specs()).extracting(BuildSpec::builder).containsExactly(BuildSpec.Builder.CLASSIC);
    }

    @Test
    void theDockerfileIsReadAgainWhenBuilding() throws IOException {
        useContext("FROM berth-test/busybox:latest\n");
        assertThat(model.analysisProperty().get().stageNames()).isEmpty();

        Files.writeString(context.resolve("Dockerfile"), "FROM berth-test/busybox:latest AS edited\n");
        model.build();

        assertThat(model.analysisProperty().get().stageNames()).containsExactly("edited");
    }
}
