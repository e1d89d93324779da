package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.compose.ContainerCreateSpec;
import dev.berth.daemon.compose.ContainerCreateSpec.Mount;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.testing.ComposeProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

class ContainerSpecsTest {
    private static final Path DIR = Path.of("/home/dev/shop");

    @Test
    void networksGoInKeyOrderWithTheContainerNameTheServiceNameAndTheFilesAliases() {
        ComposeProject project = ComposeProjects.project("shop", DIR).network("front").network("back")
                .service(service("api").network("front", "www").network("back", new ServiceSpec.ServiceNetwork(
                        List.of("api-internal"), "172.30.0.10", null))).build();

        List<ContainerCreateSpec.NetworkEndpoint> endpoints = spec(project, "api", Map.of()).networks();

        assertThat(endpoints).extracting(ContainerCreateSpec.NetworkEndpoint::network)
                .containsExactly("shop_back", "shop_front");
        assertThat(endpoints.get(0).aliases()).containsExactly("shop-api-1", "api", "api-internal");
        assertThat(endpoints.get(0).ipv4Address()).isEqualTo("172.30.0.10");
        assertThat(endpoints.get(1).aliases()).containsExactly("shop-api-1", "api", "www");
    }

    @Test
    void aServiceWithoutNetworksJoinsTheDefaultNetwork() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("web")).build();

        assertThat(spec(project, "web", Map.of()).networks()).extracting(ContainerCreateSpec.NetworkEndpoint::network)
                .containsExactly("shop_default");
    }

    @Test
    void networkModeServiceJoinsThatServicesFirstContainer() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("vpn"))
                .service(service("app").networkMode("service:vpn")).build();

        ContainerCreateSpec app = ContainerSpecs.of(project, project.services().get("app"), "shop-app-1", 1,
                Map.of(), "img", List.of(), Map.of(), service -> "id-of-" + service);

        assertThat(app.networkMode()).isEqualTo("container:id-of-vpn");
        assertThat(app.networks()).isEmpty();
    }

    @Test
    void namedVolumesUseTheirEngineNamesAndAnonymousOnesKeepTheVolumesOfTheReplacedContainer() {
        ComposeProject project = ComposeProjects.project("shop", DIR).volume("data")
                .service(service("db").volume("data", "/var/lib/db").volume("", "/cache")
                        .bind("/home/dev/shop/conf", "/etc/db", true).tmpfs("/run:size=1m")).build();

        ContainerCreateSpec db = ContainerSpecs.of(project, project.services().get("db"), "x", 1, Map.of(), "img",
                List.of("/image-volume", "/var/lib/db"), Map.of("/cache", "anon1", "/image-volume", "anon2",
                        "/var/lib/db", "should-not-win"), service -> "");

        assertThat(db.mounts()).containsExactly(
                new Mount(Mount.Kind.VOLUME, "shop_data", "/var/lib/db", false, false, false),
                new Mount(Mount.Kind.VOLUME, "anon1", "/cache", false, false, false),
                new Mount(Mount.Kind.BIND, "/home/dev/shop/conf", "/etc/db", true, false, true),
                new Mount(Mount.Kind.VOLUME, "anon2", "/image-volume", false, false, false));
        assertThat(db.tmpfs()).containsExactlyEntriesOf(Map.of("/run", "size=1m"));
    }

    @Test
    void theRestOfTheServiceMapsFieldForField() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("web").env("A", "1")
                .port(new ServiceSpec.PortSpec(80, "8000-8010", "127.0.0.1", "tcp")).restart("on-failure:3")
                .healthcheck("wget -q localhost", Duration.ofSeconds(2), 4).extraHost("db.local=10.0.0.2")
                .user("1000").workingDir("/app").hostname("web1").capAdd("NET_ADMIN")
                .stopGracePeriod(Duration.ofSeconds(3)).entrypoint("/bin/sh", "-c")).build();

        ContainerCreateSpec web = spec(project, "web", Map.of("l", "v"));

        assertThat(web.env()).containsExactly("A=1");
        assertThat(web.ports()).containsExactly(new ContainerCreateSpec.PortBinding(80, "tcp", "127.0.0.1",
                "8000-8010"));
        assertThat(web.restart()).isEqualTo(new RunSpec.RestartPolicy("on-failure", 3));
        assertThat(web.healthcheck().test()).containsExactly("CMD-SHELL", "wget -q localhost");
        assertThat(web.healthcheck().retries()).isEqualTo(4);
        assertThat(web.extraHosts()).containsExactly("db.local:10.0.0.2");
        assertThat(web.user()).isEqualTo("1000");
        assertThat(web.workingDir()).isEqualTo("/app");
        assertThat(web.hostname()).isEqualTo("web1");
        assertThat(web.capAdd()).containsExactly("NET_ADMIN");
        assertThat(web.stopTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(web.entrypoint()).containsExactly("/bin/sh", "-c");
        assertThat(web.labels()).containsEntry("l", "v");
        assertThat(ContainerSpecs.restart(null)).isNull();
        assertThat(ContainerSpecs.restart("no")).isEqualTo(new RunSpec.RestartPolicy("no", 0));
        assertThat(ContainerSpecs.restart("unless-stopped")).isEqualTo(new RunSpec.RestartPolicy("unless-stopped",
                0));
    }

    private static ContainerCreateSpec spec(ComposeProject project, String service, Map<String, String> labels) {
        return ContainerSpecs.of(project, project.services().get(service), "shop-" + service + "-1", 1, labels,
                "img", List.of(), Map.of(), name -> "");
    }
}
