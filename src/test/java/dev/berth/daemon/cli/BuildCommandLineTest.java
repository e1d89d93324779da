package dev.berth.daemon.cli;

import dev.berth.daemon.build.BuildSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildCommandLineTest {
    private static final Path CONTEXT = Path.of("/src/web");

    @Test
    void theSimplestBuildIsTheContextAlone() {
        assertThat(BuildCommandLine.render(BuildSpec.classic(CONTEXT))).isEqualTo("docker build /src/web");
    }

    @Test
    void everyOptionIsRenderedInTheCliOrderWithQuotingWhereNeeded() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("VERSION", "1.2");
        args.put("GREETING", "hello world");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", "Web");
        labels.put("team", "it's ours");
        BuildSpec spec = new BuildSpec(CONTEXT, Path.of("/src/docker/web.Dockerfile"), List.of("web:1.2", "web:latest"),
                args, "runtime", true, true, labels, List.of(), BuildSpec.Builder.CLASSIC);

        assertThat(BuildCommandLine.render(spec)).isEqualTo("docker build -f /src/docker/web.Dockerfile"
                + " -t web:1.2 -t web:latest --build-arg VERSION=1.2 --build-arg 'GREETING=hello world'"
                + " --target runtime --no-cache --pull --label org.opencontainers.image.title=Web"
                + " --label 'team=it'\\''s ours' /src/web");
    }

    @Test
    void theDefaultDockerfileIsNotSpelledOut() {
        BuildSpec spec = new BuildSpec(CONTEXT, CONTEXT.resolve("Dockerfile"), List.of(), Map.of(), null, false,
                false, Map.of(), List.of(), BuildSpec.Builder.CLASSIC);

        assertThat(BuildCommandLine.render(spec)).isEqualTo("docker build /src/web");
    }

    @Test
    void aBuildKitBuildNeedsItsEnvironmentAndPassesSecretsAsFiles() {
        BuildSpec spec = new BuildSpec(CONTEXT, null, List.of("web:1"), Map.of(), " ", false, false, Map.of(),
                List.of(new BuildSpec.BuildSecret("npm_token", Path.of("/home/me/.npm token"))),
                BuildSpec.Builder.BUILDKIT);

        assertThat(BuildCommandLine.render(spec)).isEqualTo("DOCKER_BUILDKIT=1 docker build -t web:1"
                + " --secret 'id=npm_token,src=/home/me/.npm token' /src/web");
    }

    @Test
    void theArgumentsAreTheWordsAfterDockerUnquoted() {
        BuildSpec spec = new BuildSpec(CONTEXT, null, List.of("a b"), Map.of(), null, false, false, Map.of(),
                List.of(), BuildSpec.Builder.CLASSIC);

        assertThat(BuildCommandLine.arguments(spec)).containsExactly("build", "-t", "a b", "/src/web");
    }
}
