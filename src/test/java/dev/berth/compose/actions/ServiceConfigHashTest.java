package dev.berth.compose.actions;

import dev.berth.compose.model.ServiceSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceConfigHashTest {

    @Test
    void theSameConfigurationAlwaysHasTheSameSha256() {
        String hash = ServiceConfigHash.of(service("web").env("A", "1").port(80, "8080").build());

        assertThat(hash).matches("[0-9a-f]{64}")
                .isEqualTo(ServiceConfigHash.of(service("web").env("A", "1").port(80, "8080").build()));
    }

    @Test
    void theOrderOfMappingsDoesNotMatterButTheOrderOfACommandDoes() {
        assertThat(ServiceConfigHash.of(service("web").env("A", "1").env("B", "2").build()))
                .isEqualTo(ServiceConfigHash.of(service("web").env("B", "2").env("A", "1").build()));
        assertThat(ServiceConfigHash.of(service("web").command("a", "b").build()))
                .isNotEqualTo(ServiceConfigHash.of(service("web").command("b", "a").build()));
    }

    @Test
    void anyChangeToWhatTheContainerIsChangesTheHash() {
        String hash = ServiceConfigHash.of(service("web").build());

        assertThat(List.of(
                service("web").env("A", "1").build(),
                service("web").port(80, "8080").build(),
                service("web").restart("always").build(),
                service("web").volume("data", "/data").build(),
                service("web").network("back", "api").build(),
                service("web").healthcheck("true", Duration.ofSeconds(1), 3).build(),
                service("web").dependsOn("db", Dependencies.HEALTHY).build(),
                service("web").image("other").build()))
                .allSatisfy(changed -> assertThat(ServiceConfigHash.of(changed)).isNotEqualTo(hash));
    }

    @Test
    void howTheImageIsBuiltAndHowManyReplicasRunLeaveTheHashAlone() {
        String hash = ServiceConfigHash.of(service("web").build());

        assertThat(ServiceConfigHash.of(service("web").scale(3).build())).isEqualTo(hash);
        assertThat(ServiceConfigHash.of(service("web").build(new ServiceSpec.BuildSpec("/ctx", "Dockerfile",
                Map.of("V", "2"), null, Map.of())).build())).isEqualTo(hash);
    }
}
