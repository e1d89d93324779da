package dev.berth.containers.run;

import dev.berth.daemon.containers.RunSpec.MountSpec.Kind;
import dev.berth.daemon.containers.RunSpec.MountSpec;
import dev.berth.daemon.containers.RunSpec.PortSpec;
import dev.berth.daemon.containers.RunSpec.RestartPolicy;
import dev.berth.daemon.containers.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunSpecValidatorTest {
    private static final String DIGEST =
            "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final Map<Integer, String> IN_USE = Map.of(8080, "web");

    private static Arguments bad(RunField field, String fragment, UnaryOperator<RunSpec.Builder> change) {
        return Arguments.of(field, fragment, change);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad(RunField.IMAGE, "Choose an image to run", b -> b.image("")),
                bad(RunField.IMAGE, "Choose an image to run", b -> b.image("   ")),
                bad(RunField.IMAGE, "must be lowercase: write nginx instead of Nginx", b -> b.image("Nginx")),
                bad(RunField.IMAGE, "is not a valid image reference", b -> b.image("nginx:")),
                bad(RunField.IMAGE, "is not a valid image reference", b -> b.image("my image")),
                bad(RunField.IMAGE, "is not a valid image reference", b -> b.image("nginx@sha256:abc")),
                bad(RunField.IMAGE, "is not a valid image reference", b -> b.image("team//app")),
                bad(RunField.IMAGE, "is not a valid image reference", b -> b.image("nginx:-tag")),
                bad(RunField.IMAGE, "is not a valid image reference", b -> b.image("app_")),
                bad(RunField.NAME, "\"my web\" is not allowed", b -> b.name("my web")),
                bad(RunField.NAME, "starting with a letter or digit", b -> b.name("-web")),
                bad(RunField.NAME, "at least two", b -> b.name("a")),
                bad(RunField.ENTRYPOINT, "single program", b -> b.entrypoint("sh -c")),
                bad(RunField.ENV, "needs a name", b -> b.addEnv("", "x")),
                bad(RunField.ENV, "contains =", b -> b.addEnv("A=B", "x")),
                bad(RunField.ENV, "e.g. MY_VAR", b -> b.addEnv("MY VAR", "x")),
                bad(RunField.ENV, "FOO is set twice", b -> b.addEnv("FOO", "1").addEnv("FOO", "2")),
                bad(RunField.PORTS, "Container port 0 is out of range", b -> b.addPort(PortSpec.tcp(80, 0))),
                bad(RunField.PORTS, "Container port 70000 is out of range", b -> b.addPort(PortSpec.tcp(0, 70000))),
                bad(RunField.PORTS, "Host port 70000 is out of range", b -> b.addPort(PortSpec.tcp(70000, 80))),
                bad(RunField.PORTS, "or 0 to let Docker pick", b -> b.addPort(PortSpec.tcp(-1, 80))),
                bad(RunField.PORTS, "\"http\" is not supported; choose tcp, udp or sctp",
                        b -> b.addPort(new PortSpec("", 80, 80, "http"))),
                bad(RunField.PORTS, "\"localhost\" is not an IPv4 or IPv6",
                        b -> b.addPort(new PortSpec("localhost", 80, 80, "tcp"))),
                bad(RunField.PORTS, "not an IPv4", b -> b.addPort(new PortSpec("256.1.1.1", 80, 80, "tcp"))),
                bad(RunField.PORTS, "without brackets", b -> b.addPort(new PortSpec("[::1]", 80, 80, "tcp"))),
                bad(RunField.PORTS, "not an IPv4", b -> b.addPort(new PortSpec("1:2:3:4:5:6:7:8:9", 80, 80, "tcp"))),
                bad(RunField.PORTS, "Host port 8081/tcp is published twice",
                        b -> b.addPort(PortSpec.tcp(8081, 80)).addPort(PortSpec.tcp(8081, 81))),
                bad(RunField.PORTS, "Port 8080 on the host is already published by web. Choose another host port.",
                        b -> b.addPort(PortSpec.tcp(8080, 80))),
                bad(RunField.PORTS, "ignored with host networking",
                        b -> b.network("host").addPort(PortSpec.tcp(8081, 80))),
                bad(RunField.PORTS, "ignored with host networking", b -> b.network("host").publishAll(true)),
                bad(RunField.MOUNTS, "\"data\" must be absolute, such as /data",
                        b -> b.addMount(new MountSpec(Kind.VOLUME, "v1", "data", false))),
                bad(RunField.MOUNTS, "needs a path inside the container",
                        b -> b.addMount(new MountSpec(Kind.VOLUME, "v1", "", false))),
                bad(RunField.MOUNTS, "The mount on /data has no source",
                        b -> b.addMount(new MountSpec(Kind.BIND, "", "/data", false))),
                bad(RunField.MOUNTS, "\"./data\" must be an absolute path (or start with ~)",
                        b -> b.addMount(new MountSpec(Kind.BIND, "./data", "/data", false))),
                bad(RunField.MOUNTS, "volume name \"my vol\" is not allowed",
                        b -> b.addMount(new MountSpec(Kind.VOLUME, "my vol", "/data", false))),
                bad(RunField.MOUNTS, "volume name \"_x\"",
                        b -> b.addMount(new MountSpec(Kind.VOLUME, "_x", "/data", false))),
                bad(RunField.MOUNTS, "Two mounts use /data/",
                        b -> b.addMount(new MountSpec(Kind.VOLUME, "v1", "/data", false))
                                .addMount(new MountSpec(Kind.BIND, "/srv", "/data/", true))),
                bad(RunField.RESTART, "\"sometimes\" is unknown", b -> b.restart(new RestartPolicy("sometimes", 0))),
                bad(RunField.RESTART, "cannot be negative", b -> b.restart(new RestartPolicy("on-failure", -1))),
                bad(RunField.RESTART, "only applies to on-failure", b -> b.restart(new RestartPolicy("always", 3))),
                bad(RunField.RESTART, "Docker refuses to combine --rm with a restart policy",
                        b -> b.autoRemove(true).restart(new RestartPolicy("unless-stopped", 0))),
                bad(RunField.LABELS, "needs a key", b -> b.addLabel("", "x")),
                bad(RunField.LABELS, "\"my key\" contains whitespace", b -> b.addLabel("my key", "x")),
                bad(RunField.WORKING_DIR, "\"app\" must be an absolute path", b -> b.workingDir("app")),
                bad(RunField.USER, "\"a b\" must be a name or UID", b -> b.user("a b")),
                bad(RunField.USER, "must be a name or UID", b -> b.user("1000:")),
                bad(RunField.USER, "must be a name or UID", b -> b.user("a:b:c"))
        );
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputs")
    void reportsTheWrongFieldWithASentence(RunField field, String fragment, UnaryOperator<RunSpec.Builder> change) {
        RunSpec spec = change.apply(RunSpec.builder("nginx")).build();
        Map<RunField, String> problems = RunSpecValidator.problems(spec, IN_USE);
        assertThat(problems).containsOnlyKeys(field);
        assertThat(problems.get(field)).contains(fragment).endsWith(".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx", "nginx:1.27", "library/nginx:latest", "127.0.0.1:5000/team/app:1.0",
            "localhost:5000/app", "ghcr.io/owner/app:v1.2.3-rc_1", "registry.example.com/a/b/c", "my_app", "a__b",
            "a--b", "a.b", "[::1]:5000/app", "nginx:LATEST", "nginx@" + DIGEST, "nginx:1.27@" + DIGEST,
            "127.0.0.1:5000/team/app@" + DIGEST})
    void acceptsImageReferences(String image) {
        assertThat(RunSpecValidator.problems(RunSpec.builder(image).build(), Map.of())).isEmpty();
    }

    @Test
    void acceptsARichValidSpec() {
        RunSpec spec = RunSpec.builder("127.0.0.1:5000/team/app:1.0")
                .name("web-1").entrypoint("/docker-entrypoint.sh")
                .addEnv("TZ", "UTC").addEnv("EMPTY", "").addEnv("lower_case", "x y z")
                .addPort(PortSpec.tcp(0, 80)).addPort(PortSpec.tcp(0, 81))
                .addPort(PortSpec.tcp(8081, 80)).addPort(new PortSpec("", 8081, 80, "udp"))
                .addPort(new PortSpec("127.0.0.1", 8082, 80, "tcp")).addPort(new PortSpec("::1", 8082, 80, "tcp"))
                .addPort(new PortSpec("::1", 0, 443, "tcp")).addPort(new PortSpec("", 9, 9, "sctp"))
                .addMount(new MountSpec(Kind.VOLUME, "app-data", "/data", false))
                .addMount(new MountSpec(Kind.BIND, "~/config", "/etc/app", true))
                .addMount(new MountSpec(Kind.BIND, "/srv/www", "/www", false))
                .network("backend").restart(new RestartPolicy("on-failure", 3))
                .addLabel("com.example.team", "core").addLabel("empty", "")
                .workingDir("/app").user("1000:1000")
                .build();
        assertThat(RunSpecValidator.problems(spec, IN_USE)).isEmpty();
    }

    @Test
    void acceptsAutoRemoveWithoutRestartAndUserNamesWithGroups() {
        RunSpec spec = RunSpec.builder("alpine").autoRemove(true).user("www-data:www-data")
                .restart(RestartPolicy.NO).network("host").build();
        assertThat(RunSpecValidator.problems(spec, null)).isEmpty();
    }

    @Test
    void theEditedContainersOwnPortIsFineWhenTheCallerLeavesItOut() {
        RunSpec spec = RunSpec.builder("nginx").addPort(PortSpec.tcp(8080, 80)).build();
        assertThat(RunSpecValidator.problems(spec, IN_USE)).containsKey(RunField.PORTS);
        assertThat(RunSpecValidator.problems(spec, Map.of())).isEmpty();
    }

    @Test
    void reportsEveryWrongFieldAtOnceButOneMessageEach() {
        RunSpec spec = RunSpec.builder("Bad Image").name("x y").addEnv("", "1").addEnv("A B", "2")
                .addPort(PortSpec.tcp(0, 0)).workingDir("rel").build();
        Map<RunField, String> problems = RunSpecValidator.problems(spec, Map.of());
        assertThat(problems).containsOnlyKeys(RunField.IMAGE, RunField.NAME, RunField.ENV, RunField.PORTS,
                RunField.WORKING_DIR);
        assertThat(problems.get(RunField.ENV)).contains("needs a name");
    }
}
