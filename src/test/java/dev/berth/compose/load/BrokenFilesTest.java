package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each broken compose file under {@code compose/broken/<case>/} is refused with exactly the expected problem: its
 * file, line and column (1-based; 0 when the problem has none), key path and what the sentence says.
 */
class BrokenFilesTest {

    record Case(String name, String file, int line, int column, String keyPath, String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("yaml-mapping-in-scalar", "compose.yaml", 4, 19, "", "mapping values are not allowed"),
                new Case("yaml-tab-indentation", "compose.yaml", 3, 1, "", "cannot start any token"),
                new Case("yaml-unclosed-flow-list", "compose.yaml", 5, 3, "", "expected ',' or ']'"),
                new Case("yaml-undefined-alias", "compose.yaml", 4, 18, "", "undefined alias common"),
                new Case("yaml-duplicate-key", "compose.yaml", 5, 5, "services.web.image",
                        "written twice in this mapping (first on line 3)"),
                new Case("top-level-list", "compose.yaml", 1, 1, "", "must be a mapping"),
                new Case("empty-file", "compose.yaml", 0, 0, "", "The file is empty"),
                new Case("unknown-top-level-key", "compose.yaml", 1, 1, "servics", "did you mean services?"),
                new Case("unknown-service-key", "compose.yaml", 3, 5, "services.web.imgae", "did you mean image?"),
                new Case("unknown-healthcheck-key", "compose.yaml", 6, 7, "services.web.healthcheck.intervall",
                        "did you mean interval?"),
                new Case("unknown-port-key", "compose.yaml", 6, 9, "services.web.ports[0].publishd",
                        "did you mean published?"),
                new Case("unknown-volume-key", "compose.yaml", 6, 5, "volumes.data.drivr", "did you mean driver?"),
                new Case("service-name", "compose.yaml", 4, 3, "services.my api",
                        "\"my api\" cannot name a service"),
                new Case("service-not-a-mapping", "compose.yaml", 2, 8, "services.web",
                        "must be a mapping, not a string"),
                new Case("services-not-a-mapping", "compose.yaml", 2, 3, "services",
                        "must be a mapping of services by name, not a list"),
                new Case("neither-image-nor-build", "compose.yaml", 2, 3, "services.web",
                        "has neither image nor build"),
                new Case("image-not-a-string", "compose.yaml", 3, 12, "services.web.image",
                        "must be a string, not a number; write it in quotes: \"1234\""),
                new Case("user-number", "compose.yaml", 4, 11, "services.web.user", "write it in quotes: \"1000\""),
                new Case("ports-not-a-list", "compose.yaml", 4, 12, "services.web.ports",
                        "must be a list of ports, not a string"),
                new Case("port-out-of-range", "compose.yaml", 6, 9, "services.web.ports[1]",
                        "\"99999\" is not a host port"),
                new Case("port-ranges-of-different-length", "compose.yaml", 5, 9, "services.web.ports[0]",
                        "different lengths"),
                new Case("port-protocol", "compose.yaml", 5, 9, "services.web.ports[0]",
                        "\"icmp\" is not a protocol"),
                new Case("port-host-ip", "compose.yaml", 5, 9, "services.web.ports[0]",
                        "\"localhost\" is not an IP address"),
                new Case("port-long-without-target", "compose.yaml", 5, 9, "services.web.ports[0].target",
                        "target is required"),
                new Case("port-long-bad-published", "compose.yaml", 6, 20, "services.web.ports[0].published",
                        "\"http\" is not a host port"),
                new Case("duration-without-unit", "compose.yaml", 6, 17, "services.web.healthcheck.interval",
                        "must be a duration such as 10s or 1m30s"),
                new Case("duration-unknown-unit", "compose.yaml", 4, 24, "services.web.stop_grace_period",
                        "not \"1d\""),
                new Case("restart-policy", "compose.yaml", 4, 14, "services.web.restart",
                        "\"sometimes\" is not a restart policy"),
                new Case("boolean-expected", "compose.yaml", 4, 17, "services.web.privileged",
                        "must be true or false, not \"maybe\""),
                new Case("scale-negative", "compose.yaml", 4, 12, "services.web.scale", "whole number of 0 or more"),
                new Case("scale-and-replicas-differ", "compose.yaml", 4, 12, "services.web.scale",
                        "scale is 2 but deploy.replicas is 3"),
                new Case("undefined-network", "compose.yaml", 6, 9, "services.web.networks",
                        "The network back is not defined"),
                new Case("undefined-volume", "compose.yaml", 6, 9, "services.web.volumes",
                        "The volume data is not defined"),
                new Case("undefined-dependency", "compose.yaml", 5, 9, "services.web.depends_on",
                        "web depends on db, which is not a service"),
                new Case("dependency-cycle", "compose.yaml", 11, 7, "services.db.depends_on",
                        "cycle: web -> api -> db -> web"),
                new Case("dependency-on-itself", "compose.yaml", 4, 18, "services.web.depends_on",
                        "cycle: web -> web"),
                new Case("dependency-disabled-by-profile", "compose.yaml", 4, 18, "services.web.depends_on",
                        "only the profile data enables"),
                new Case("duplicate-container-name", "compose.yaml", 7, 21, "services.api.container_name",
                        "shop is also the container name of web"),
                new Case("container-name-with-replicas", "compose.yaml", 4, 21, "services.web.container_name",
                        "cannot have more than one replica (it has 2)"),
                new Case("container-name-invalid", "compose.yaml", 4, 21, "services.web.container_name",
                        "\"shop web\" is not a valid name"),
                new Case("missing-required-variable", "compose.yaml", 3, 12, "services.web.image",
                        "The required variable TAG is missing a value: set TAG in .env"),
                new Case("invalid-interpolation", "compose.yaml", 5, 17, "services.web.environment.GREETING",
                        "without a variable name"),
                new Case("volume-mode", "compose.yaml", 5, 9, "services.web.volumes[0]",
                        "\"rx\" is not a volume mode"),
                new Case("volume-relative-target", "compose.yaml", 5, 9, "services.web.volumes[0]",
                        "\"data\" must be absolute"),
                new Case("volume-long-type", "compose.yaml", 5, 15, "services.web.volumes[0].type",
                        "\"cluster\" is not a mount type"),
                new Case("bind-without-source", "compose.yaml", 5, 9, "services.web.volumes[0].source",
                        "A bind mount needs a source"),
                new Case("network-mode-and-networks", "compose.yaml", 5, 15, "services.web.networks",
                        "cannot also join networks"),
                new Case("network-mode-undefined-service", "compose.yaml", 4, 19, "services.web.network_mode",
                        "names the service vpn, which is not defined"),
                new Case("networks-wrong-type", "compose.yaml", 4, 15, "services.web.networks",
                        "list of network names or a mapping, not a string"),
                new Case("environment-wrong-type", "compose.yaml", 4, 18, "services.web.environment",
                        "list of KEY=VALUE or a mapping, not a string"),
                new Case("depends-on-condition", "compose.yaml", 6, 20, "services.web.depends_on.db.condition",
                        "\"service_ready\" is not a condition"),
                new Case("healthcheck-test-kind", "compose.yaml", 5, 13, "services.web.healthcheck.test",
                        "starts with CMD, CMD-SHELL or NONE, not \"CURL\""),
                new Case("env-file-missing", "compose.yaml", 5, 9, "services.web.env_file[0]",
                        "web.env does not exist"),
                new Case("dotenv-bad-line", ".env", 3, 0, "", "\"BAD NAME\" on line 3 has a space"),
                new Case("extends-unknown-service", "compose.yaml", 4, 16, "services.web.extends",
                        "no service bsae to extend"),
                new Case("extends-missing-file", "compose.yaml", 4, 13, "services.web.extends.file",
                        "common.yaml to extend does not exist"),
                new Case("extends-cycle", "compose.yaml", 4, 14, "services.web.extends",
                        "extends forms a cycle: web -> api -> web"),
                new Case("external-network-with-driver", "compose.yaml", 7, 5, "networks.shared.driver",
                        "cannot be set on an external resource"),
                new Case("ipv4-address", "compose.yaml", 6, 23, "services.web.networks.front.ipv4_address",
                        "\"172.30.0.300\" is not an IPv4 address"),
                new Case("subnet", "compose.yaml", 8, 19, "networks.front.ipam.config[0].subnet",
                        "\"172.30.0.0/33\" is not a subnet"),
                new Case("command-unclosed-quote", "compose.yaml", 4, 14, "services.web.command",
                        "quote that is never closed"),
                new Case("working-dir-relative", "compose.yaml", 4, 18, "services.web.working_dir",
                        "must be an absolute path"),
                new Case("extra-host-without-address", "compose.yaml", 5, 9, "services.web.extra_hosts[0]",
                        "\"justahost\" is not HOST:ADDRESS"),
                new Case("labels-nested-mapping", "compose.yaml", 6, 9, "services.web.labels.team",
                        "must be a string or a number, not a mapping"),
                new Case("profile-name", "compose.yaml", 4, 16, "services.web.profiles[0]",
                        "\"-debug\" is not a valid profile name"),
                new Case("list-item-not-a-string", "compose.yaml", 6, 9, "services.web.cap_add[1]",
                        "must be a string, not a list"),
                new Case("override-type-conflict", "compose.override.yaml", 4, 7, "services.web.ports",
                        "the value it merges with (compose.yaml, line 5) is a list"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithTheExpectedProblem(Case broken) throws URISyntaxException {
        Path folder = folder(broken.name());
        ComposeProblem problem = problems(folder).get(0);
        assertThat(problem).as("the only problem of %s", broken.name())
                .isEqualTo(new ComposeProblem(folder.resolve(broken.file()), broken.line(), broken.column(),
                        broken.keyPath(), problem.message()));
        assertThat(problem.message()).contains(broken.says());
        assertThat(problems(folder)).hasSize(1);
    }

    @Test
    void everyCaseFolderHasAnExpectation() throws Exception {
        Path broken = folder("");
        try (Stream<Path> folders = Files.list(broken)) {
            assertThat(folders.map(folder -> folder.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(cases().map(Case::name).toList());
        }
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(45);
    }

    private static List<ComposeProblem> problems(Path folder) {
        ComposeFileException[] failure = new ComposeFileException[1];
        assertThatThrownBy(() -> new ComposeLoader().load(LoadRequest.of(folder, List.of(),
                Map.of("HOME", ComposeFixture.HOME)))).isInstanceOfSatisfying(ComposeFileException.class,
                exception -> failure[0] = exception);
        return failure[0].problems();
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(BrokenFilesTest.class.getResource("/compose/broken/").toURI()).resolve(name);
    }
}
