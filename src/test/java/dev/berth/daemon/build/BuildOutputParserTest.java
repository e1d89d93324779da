package dev.berth.daemon.build;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuildOutputParserTest {
    private final List<BuildLine> lines = new ArrayList<>();
    private final BuildOutputParser parser = new BuildOutputParser(lines::add);

    @Test
    void classicStreamTextIsCutIntoLinesWhereverItsPiecesEnd() {
        parser.stream("Step 1/2 : FROM base\n ---> d51567b6");
        parser.stream("5336\nStep 2/2 : RUN echo hi\n");
        parser.stream(" ---> Running in 4929143a5c70\nhi\r\n");
        parser.stream("no line break at the end");
        parser.flush();

        assertThat(lines).containsExactly(
                BuildLine.step("Step 1/2 : FROM base"),
                BuildLine.output(" ---> d51567b65336"),
                BuildLine.step("Step 2/2 : RUN echo hi"),
                BuildLine.output(" ---> Running in 4929143a5c70"),
                BuildLine.output("hi"),
                BuildLine.output("no line break at the end"));
        assertThat(parser.currentStep()).isEqualTo("Step 2/2 : RUN echo hi");
    }

    @Test
    void theImageIdComesFromAuxAndOtherwiseFromTheSuccessLine() {
        parser.stream("Successfully built 393712a2b246\n");
        assertThat(parser.imageId()).isEqualTo("393712a2b246");

        BuildOutputParser withAux = new BuildOutputParser(lines::add);
        withAux.imageMade("sha256:393712a2b246aaaa");
        withAux.stream("Successfully built 393712a2b246\n");
        assertThat(withAux.imageId()).isEqualTo("sha256:393712a2b246aaaa");
    }

    @Test
    void anErrorNamesTheStepItHappenedIn() {
        parser.stream("Step 3/4 : RUN exit 3\n ---> Running in abc\n");
        parser.error("The command '/bin/sh -c exit 3' returned a non-zero code: 3");

        assertThat(lines).last().isEqualTo(BuildLine.error(
                "The command '/bin/sh -c exit 3' returned a non-zero code: 3"));
        assertThat(parser.failure(null).getMessage()).isEqualTo("The build failed at Step 3/4 : RUN exit 3"
                + " — The command '/bin/sh -c exit 3' returned a non-zero code: 3");
        assertThat(parser.failure(null).offeredAction()).isPresent();
    }

    @Test
    void aFailureBeforeAnyStepSaysSoWithoutAStep() {
        assertThat(parser.failure("the engine ended the build without naming an image.").getMessage())
                .isEqualTo("The build failed: the engine ended the build without naming an image.");
    }

    @Test
    void pullStatusRepeatsAreDropped() {
        parser.status("a1b2", "Downloading");
        parser.status("a1b2", "Downloading");
        parser.status("a1b2", "Pull complete");
        parser.status(null, "Digest: sha256:0f");

        assertThat(lines).extracting(BuildLine::text)
                .containsExactly("a1b2: Downloading", "a1b2: Pull complete", "Digest: sha256:0f");
    }

    @Test
    void buildKitPlainProgressHasNumberedStepsAndErrors() {
        for (String line : List.of(
                "#3 [internal] load metadata for docker.io/library/base:latest",
                "#4 [1/2] FROM docker.io/library/base:latest",
                "#4 CACHED",
                "#5 [build 2/2] RUN --mount=type=secret,id=tok make",
                "#5 0.375 compiling",
                "#5 ERROR: executor failed running [/bin/sh -c make]: exit code: 2",
                "------",
                " > [build 2/2] RUN --mount=type=secret,id=tok make:",
                "executor failed running [/bin/sh -c make]: exit code: 2")) {
            parser.buildKitLine(line);
        }

        assertThat(lines).filteredOn(line -> line.kind() == BuildLine.Kind.STEP).extracting(BuildLine::text)
                .containsExactly("#4 [1/2] FROM docker.io/library/base:latest",
                        "#5 [build 2/2] RUN --mount=type=secret,id=tok make");
        assertThat(lines).filteredOn(line -> line.kind() == BuildLine.Kind.ERROR).hasSize(1);
        assertThat(parser.failure("exit 1").getMessage()).isEqualTo("The build failed at [build 2/2] RUN"
                + " --mount=type=secret,id=tok make — executor failed running [/bin/sh -c make]: exit code: 2");
    }

    @Test
    void newerBuildKitErrorLinesCountToo() {
        parser.buildKitLine("ERROR: failed to solve: base: not found");

        assertThat(parser.error()).isEqualTo("failed to solve: base: not found");
    }
}
