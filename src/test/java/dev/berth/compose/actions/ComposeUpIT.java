package dev.berth.compose.actions;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ContainerNetwork;
import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.compose.model.ComposeProject;
import dev.berth.testing.ComposeProjects;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** {@code up} of a three-service project against the real engine, checked through the engine itself. */
@ExtendWith(EngineRequired.class)
class ComposeUpIT {
    /** Idles until stopped, having marked itself ready for its health check. */
    private static final String READY_AND_IDLE = "touch /tmp/ready; trap 'exit 0' TERM; while :; do sleep 1; done";

    private final ComposeFixture fixture = new ComposeFixture();
    private final String name = fixture.project(ComposeProjects.uniqueName("up"));
    @TempDir
    Path dir;

    @AfterEach
    void removeTheProject() throws Exception {
        fixture.close();
    }

    /** db (named and anonymous volume, health check) ← api (service_healthy, two networks) ← web (a port). */
    private ComposeProject shop(String apiValue, String dbValue) {
        return ComposeProjects.project(name, dir).network("front").network("back").volume("data")
                .service(service("db").command("sh", "-c", READY_AND_IDLE).env("DB_MODE", dbValue)
                        .volume("data", "/data").volume("", "/cache").restart("unless-stopped")
                        .network("back").healthcheck("test -f /tmp/ready", Duration.ofMillis(500), 3))
                .service(service("api").env("DB_HOST", "db").env("API_VALUE", apiValue)
                        .dependsOn("db", Dependencies.HEALTHY).network("back", "api-internal").network("front"))
                .service(service("web").dependsOn("api", Dependencies.STARTED).network("front").port(80, ""))
                .build();
    }

    @Test
    void upCreatesEverythingWithComposeV2sNamesLabelsAliasesAndMountsInDependencyOrder() {
        fixture.up(shop("1", "a"));

        assertThat(fixture.containerNames(name)).containsExactly(name + "-api-1", name + "-db-1", name + "-web-1");
        InspectContainerResponse db = fixture.inspect(name + "-db-1");
        InspectContainerResponse api = fixture.inspect(name + "-api-1");
        InspectContainerResponse web = fixture.inspect(name + "-web-1");
        assertThat(List.of(db, api, web)).allMatch(container -> container.getState().getRunning());

        assertThat(api.getConfig().getLabels()).contains(
                entry("com.docker.compose.project", name),
                entry("com.docker.compose.service", "api"),
                entry("com.docker.compose.container-number", "1"),
                entry("com.docker.compose.oneoff", "False"),
                entry("com.docker.compose.project.working_dir", dir.toString()),
                entry("com.docker.compose.project.config_files", dir.resolve("compose.yaml").toString()),
                entry("com.docker.compose.depends_on", "db:service_healthy:false"),
                entry("com.docker.compose.version", ComposeLabels.COMPOSE_COMPATIBILITY),
                entry(TestEngine.TEST_LABEL, "true"));
        assertThat(api.getConfig().getLabels().get("com.docker.compose.config-hash")).matches("[0-9a-f]{64}");
        assertThat(api.getConfig().getLabels().get("com.docker.compose.image")).isEqualTo(api.getImageId());
        assertThat(api.getConfig().getEnv()).contains("DB_HOST=db", "API_VALUE=1");

        Map<String, ContainerNetwork> apiNetworks = api.getNetworkSettings().getNetworks();
        assertThat(apiNetworks).containsOnlyKeys(name + "_back", name + "_front");
        assertThat(apiNetworks.get(name + "_back").getAliases()).contains(name + "-api-1", "api", "api-internal");
        assertThat(apiNetworks.get(name + "_front").getAliases()).contains(name + "-api-1", "api")
                .doesNotContain("api-internal");
        assertThat(fixture.client().inspectNetworkCmd().withNetworkId(name + "_back").exec().getLabels())
                .contains(entry("com.docker.compose.project", name), entry("com.docker.compose.network", "back"),
                        entry("com.docker.compose.version", ComposeLabels.COMPOSE_COMPATIBILITY));
        assertThat(fixture.networkExists(name + "_default")).as("no service joins the default network").isFalse();

        assertThat(db.getMounts()).anySatisfy(mount -> {
            assertThat(mount.getName()).isEqualTo(name + "_data");
            assertThat(mount.getDestination().getPath()).isEqualTo("/data");
        });
        assertThat(fixture.client().inspectVolumeCmd(name + "_data").exec().getLabels())
                .contains(entry("com.docker.compose.volume", "data"), entry("com.docker.compose.project", name));
        assertThat(db.getHostConfig().getRestartPolicy().getName()).isEqualTo("unless-stopped");
        assertThat(db.getConfig().getHealthcheck().getTest()).containsExactly("CMD-SHELL", "test -f /tmp/ready");
        assertThat(web.getNetworkSettings().getPorts().getBindings()).containsKey(
                com.github.dockerjava.api.model.ExposedPort.tcp(80));

        Instant dbHealthy = db.getState().getHealth().getLog().stream()
                .filter(check -> check.getExitCodeLong() == 0).map(check -> Instant.parse(check.getEnd()))
                .min(Instant::compareTo).orElseThrow();
        assertThat(Instant.parse(api.getState().getStartedAt())).as("api waited for db to be healthy")
                .isAfter(dbHealthy);
        assertThat(Instant.parse(web.getState().getStartedAt())).isAfter(Instant.parse(api.getState().getStartedAt()));
        assertThat(fixture.progress).contains(new ServiceProgress("db", name + "-db-1", Step.HEALTHY, ""));
    }

    @Test
    void upAgainRecreatesNothingAndAChangedServiceAloneIsRecreatedKeepingItsVolumes() throws Exception {
        fixture.up(shop("1", "a"));
        Map<String, String> ids = ids();
        fixture.exec(name + "-db-1", "echo kept > /data/file; echo cached > /cache/file");
        String anonymous = anonymousVolume(name + "-db-1");

        fixture.progress.clear();
        fixture.up(shop("1", "a"));
        assertThat(ids()).as("an unchanged project is left alone").isEqualTo(ids);
        assertThat(fixture.progress).filteredOn(step -> step.step() == Step.RUNNING).hasSize(3);

        fixture.up(shop("1", "b"));

        Map<String, String> after = ids();
        assertThat(after.get("db")).isNotEqualTo(ids.get("db"));
        assertThat(after.get("api")).isEqualTo(ids.get("api"));
        assertThat(after.get("web")).isEqualTo(ids.get("web"));
        assertThat(fixture.containerNames(name)).hasSize(3);
        InspectContainerResponse db = fixture.inspect(name + "-db-1");
        assertThat(db.getConfig().getEnv()).contains("DB_MODE=b");
        assertThat(db.getConfig().getLabels()).containsEntry("com.docker.compose.replace", ids.get("db"));
        assertThat(fixture.exec(name + "-db-1", "cat /data/file")).isEqualTo("kept");
        assertThat(anonymousVolume(name + "-db-1")).as("the anonymous volume is carried over").isEqualTo(anonymous);
        assertThat(fixture.exec(name + "-db-1", "cat /cache/file")).isEqualTo("cached");

        ComposeFixture.done(fixture.actions.down(name, new DownOptions(true, false), fixture.progress::add));
        assertThat(fixture.volumeExists(anonymous)).as("down -v removes the anonymous volume a recreated container"
                + " inherited, which rm -v keeps").isFalse();
        assertThat(fixture.volumeExists(name + "_data")).isFalse();
    }

    @Test
    void scaleGoesFromOneToThreeAndBackRemovingTheHighestNumbers() {
        ComposeProject project = shop("1", "a");
        fixture.up(project);

        ComposeFixture.done(fixture.actions.scale(project, "web", 3, fixture.progress::add));
        assertThat(fixture.containerNames(name)).contains(name + "-web-1", name + "-web-2", name + "-web-3");
        assertThat(fixture.inspect(name + "-web-3").getState().getRunning()).isTrue();

        ComposeFixture.done(fixture.actions.scale(project, "web", 1, fixture.progress::add));
        assertThat(fixture.containerNames(name)).containsExactly(name + "-api-1", name + "-db-1", name + "-web-1");
    }

    @Test
    void stopStartAndRestartFollowTheDependencyOrderFromTheLabels() {
        fixture.up(shop("1", "a"));
        Instant started = Instant.parse(fixture.inspect(name + "-db-1").getState().getStartedAt());

        ComposeFixture.done(fixture.actions.stop(name, List.of(), fixture.progress::add));
        assertThat(fixture.containerNames(name)).allMatch(container -> !fixture.inspect(container).getState()
                .getRunning());
        Instant webStopped = Instant.parse(fixture.inspect(name + "-web-1").getState().getFinishedAt());
        Instant dbStopped = Instant.parse(fixture.inspect(name + "-db-1").getState().getFinishedAt());
        assertThat(dbStopped).as("dependents stop first").isAfter(webStopped);

        ComposeFixture.done(fixture.actions.start(name, List.of(), fixture.progress::add));
        assertThat(fixture.containerNames(name)).allMatch(container -> fixture.inspect(container).getState()
                .getRunning());
        assertThat(fixture.progress).filteredOn(step -> step.step() == Step.HEALTHY).hasSizeGreaterThanOrEqualTo(2);

        Instant beforeRestart = Instant.parse(fixture.inspect(name + "-web-1").getState().getStartedAt());
        ComposeFixture.done(fixture.actions.restart(name, List.of("web"), fixture.progress::add));
        assertThat(Instant.parse(fixture.inspect(name + "-web-1").getState().getStartedAt())).isAfter(beforeRestart);
        assertThat(Instant.parse(fixture.inspect(name + "-db-1").getState().getStartedAt())).isAfter(started);
    }

    @Test
    void downRemovesContainersAndNetworksAndWithVolumesAlsoTheNamedVolume() {
        ComposeProject project = ComposeProjects.project(name, dir).volume("data")
                .service(service("db").volume("data", "/data"))
                .service(service("web").dependsOn("db", Dependencies.STARTED)).build();
        fixture.up(project);
        assertThat(fixture.networkExists(name + "_default")).isTrue();

        ComposeFixture.done(fixture.actions.down(name, DownOptions.DEFAULT, fixture.progress::add));
        assertThat(fixture.containerNames(name)).isEmpty();
        assertThat(fixture.networkExists(name + "_default")).isFalse();
        assertThat(fixture.volumeExists(name + "_data")).as("down keeps volumes without -v").isTrue();

        fixture.up(project);
        ComposeFixture.done(fixture.actions.down(name, new DownOptions(true, false), fixture.progress::add));
        assertThat(fixture.containerNames(name)).isEmpty();
        assertThat(fixture.volumeExists(name + "_data")).isFalse();
        assertThat(fixture.progress).contains(new ServiceProgress("", name + "_data", Step.REMOVED, ""));
    }

    private Map<String, String> ids() {
        return Map.of("db", fixture.inspect(name + "-db-1").getId(), "api", fixture.inspect(name + "-api-1").getId(),
                "web", fixture.inspect(name + "-web-1").getId());
    }

    private String anonymousVolume(String container) {
        return fixture.inspect(container).getMounts().stream()
                .filter(mount -> mount.getDestination().getPath().equals("/cache")).findFirst().orElseThrow()
                .getName();
    }
}
