package dev.berth.daemon.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageReferenceTest {
    private static final String DIGEST = "sha256:" + "a".repeat(64);

    static Stream<String> good() {
        return Stream.of(
        "busybox",
        "busybox:latest",
        "library/busybox:1.36",
        "nginx:1.27-alpine",
        "team/sub/app:v2.1.0",
        "my_app",
        "my__app",
        "my-app",
        "my---app",
        "a.b.c",
        "localhost/app",
        "localhost:5000/app:dev",
        "127.0.0.1:5000/berth-test/busybox:latest",
        "registry.example.com/team/app",
        "registry.example.com:443/team/app:TAG_With.Dots-1",
        "Registry.Example.com/app",
        "ghcr.io/owner/repo@" + DIGEST,
        "ghcr.io/owner/repo:1.0@" + DIGEST,
        "[::1]:5000/app:1",
        "app:" + "t".repeat(128),
        "x",
        "0",
        "docker.io/library/alpine:3");
    }

    static Stream<String> bad() {
        return Stream.of(
        "",
        "   ",
        " busybox",
        "busy box",
        "BusyBox",
        "team/App",
        "app:",
        ":latest",
        "app:.hidden",
        "app:-dash",
        "app:has/slash",
        "app:" + "t".repeat(129),
        "-app",
        "app-",
        "app_",
        "a..b",
        "a___b",
        "team//app",
        "team/",
        "/app",
        "registry.example.com:99999/app",
        "registry.example.com:port/app",
        "-bad.example.com/app",
        "app@sha256:abc",
        "app@" + "a".repeat(64),
        "app@@" + DIGEST,
        "a".repeat(64),
        "a".repeat(256),
        "app!");
    }

    @ParameterizedTest
    @MethodSource("good")
    void acceptsWhatTheEngineAccepts(String reference) {
        assertThat(ImageReference.problem(reference)).isEmpty();
        assertThat(ImageReference.parse(reference)).hasToString(reference);
    }

    @ParameterizedTest
    @MethodSource("bad")
    void refusesWithASentence(String reference) {
        assertThat(ImageReference.problem(reference)).isPresent()
                .hasValueSatisfying(problem -> assertThat(problem).endsWith("."));
        assertThatThrownBy(() -> ImageReference.parse(reference)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsRegistryPathTagAndDigest() {
        ImageReference full = ImageReference.parse("127.0.0.1:5000/team/app:2@" + DIGEST);
        assertThat(full.registry()).isEqualTo("127.0.0.1:5000");
        assertThat(full.path()).isEqualTo("team/app");
        assertThat(full.tag()).isEqualTo("2");
        assertThat(full.digest()).isEqualTo(DIGEST);
        assertThat(full.name()).isEqualTo("127.0.0.1:5000/team/app");

        ImageReference hub = ImageReference.parse("team/app");
        assertThat(hub.registry()).isNull();
        assertThat(hub.registryHost()).isEqualTo("docker.io");
        assertThat(hub.tagOrLatest()).isEqualTo("latest");
        assertThat(hub.withDefaultTag()).isEqualTo("team/app:latest");
        assertThat(ImageReference.parse("localhost/app").registry()).isEqualTo("localhost");
    }

    @Test
    void saysWhatIsWrongAndHowToFixIt() {
        assertThat(ImageReference.problem("Team/app")).hasValue("The repository name must be lowercase: \"Team\".");
        assertThat(ImageReference.problem("reg.io:0/app")).hasValue("\"0\" is not a registry port: use a number from"
                + " 1 to 65535.");
        assertThat(ImageReference.problem("app@sha256:12")).hasValueSatisfying(problem ->
                assertThat(problem).contains("64 hex digits"));
    }

    @Test
    void aTagTargetCannotHaveADigest() {
        assertThat(ImageReference.tagProblem("app:1")).isEmpty();
        assertThat(ImageReference.tagProblem("app@" + DIGEST)).hasValue(
                "A tag cannot have a digest (@sha256:…); write repository:tag.");
        assertThat(ImageReference.tagProblem("App")).isPresent();
    }
}
