package dev.berth.images.build;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileAnalysisTest {

    @Test
    void argsBeforeAndAfterFromWithTheirDefaults() {
        DockerfileAnalysis read = DockerfileAnalysis.of("""
                # syntax=docker/dockerfile:1
                ARG BASE=alpine:3.20
                FROM ${BASE}
                ARG VERSION="1.2 beta" \\
                    DEBUG
                arg lower=x
                """);

        assertThat(read.args()).containsExactly(
                new DockerfileAnalysis.Arg("BASE", "alpine:3.20", -1),
                new DockerfileAnalysis.Arg("VERSION", "1.2 beta", 0),
                new DockerfileAnalysis.Arg("DEBUG", null, 0),
                new DockerfileAnalysis.Arg("lower", "x", 0));
    }

    @Test
    void stagesAreNamedCaseInsensitivelyAcrossContinuationsAndComments() {
        DockerfileAnalysis read = DockerfileAnalysis.of("""
                from --platform=$BUILDPLATFORM golang:1.22 as Build
                RUN go build
                FROM \\
                # a comment inside the instruction
                  alpine AS runtime
                FROM runtime
                """);

        assertThat(read.stages()).containsExactly(
                new DockerfileAnalysis.Stage(0, "golang:1.22", "Build"),
                new DockerfileAnalysis.Stage(1, "alpine", "runtime"),
                new DockerfileAnalysis.Stage(2, "runtime", null));
        assertThat(read.stageNames()).containsExactly("Build", "runtime");
        assertThat(read.needsBuildKit()).isFalse();
    }

    @Test
    void secretMountsAreFoundByIdOrByTheirTarget() {
        DockerfileAnalysis read = DockerfileAnalysis.of("""
                FROM alpine
                RUN --mount=type=secret,id=npm_token,required=true npm ci
                RUN --network=none --mount=type=secret,target=/run/secrets/aws \\
                    --mount=type=cache,target=/root/.cache make
                RUN echo --mount=type=secret,id=not_a_flag
                RUN --mount=type=secret,id=npm_token npm publish
                """);

        assertThat(read.secretIds()).containsExactly("npm_token", "aws");
        assertThat(read.needsBuildKit()).isTrue();
    }

    @Test
    void aCacheMountAloneStillNeedsBuildKit() {
        DockerfileAnalysis read = DockerfileAnalysis.of("FROM alpine\nRUN --mount=type=cache,target=/var/cache make\n");

        assertThat(read.secretIds()).isEmpty();
        assertThat(read.needsBuildKit()).isTrue();
    }

    @Test
    void theEscapeDirectiveChangesTheContinuationCharacter() {
        DockerfileAnalysis read = DockerfileAnalysis.of("# escape=`\nFROM mcr.microsoft.com/windows `\n  AS win\n"
                + "RUN dir c:\\\n");

        assertThat(read.stageNames()).containsExactly("win");
    }

    @Test
    void anEmptyOrCommentOnlyFileHasNothing() {
        assertThat(DockerfileAnalysis.of("")).isEqualTo(DockerfileAnalysis.EMPTY);
        assertThat(DockerfileAnalysis.of("# nothing\n\n")).isEqualTo(DockerfileAnalysis.EMPTY);
    }
}
