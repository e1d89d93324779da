package dev.berth.compose.actions;

import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.build.BuildLine;
import dev.berth.daemon.build.BuildSpec;
import dev.berth.daemon.compose.ContainerCreateSpec;
import dev.berth.daemon.compose.ContainerStatus;
import dev.berth.daemon.compose.LocalImage;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.networks.NetworkInfo;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.testing.ComposeProjects;
import dev.berth.testing.FakeComposeOperations;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.berth.testing.ComposeProjects.service;
import static dev.berth.testing.FakeComposeOperations.idOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineComposeActionsTest {
    private static final Path DIR = Path.of("/home/dev/shop");

    private final FakeEngineGateway gateway = new FakeEngineGateway();
    private final FakeComposeOperations compose = gateway.compose();
    private final EngineComposeActions actions = new EngineComposeActions(gateway);
    private final List<ServiceProgress> progress = new CopyOnWriteArrayList<>();

    EngineComposeActionsTest() {
        compose.addImage(TestEngine.IMAGE, new LocalImage("sha256:busybox", List.of()));
    }

    private ComposeProject shop(String webValue) {
        return ComposeProjects.project("shop", DIR).volume("data")
                .service(service("web").env("V", webValue).dependsOn("db", Dependencies.HEALTHY))
                .service(service("db").volume("data", "/data").healthcheck("true", Duration.ofSeconds(1), 3))
                .build();
    }

    private void dbIsHealthy() {
        compose.setStatus(idOf("shop-db-1"), new ContainerStatus(idOf("shop-db-1"), "shop-db-1",
                ContainerState.RUNNING, ContainerStatus.HEALTHY, 0, "", List.of()));
    }

    @Test
    void upCreatesTheDefaultNetworkAndVolumeThenStartsEachServiceAfterWhatItWaitsFor() {
        dbIsHealthy();

        actions.up(shop("1"), UpOptions.DEFAULT, progress::add).done().join();

        assertThat(compose.createdNetworks()).extracting(network -> network.name()).containsExactly("shop_default");
        assertThat(gateway.volumes().actions()).containsExactly("volume create shop_data");
        assertThat(compose.created()).extracting(ContainerCreateSpec::name).containsExactly("shop-db-1", "shop-web-1");
        assertThat(gateway.actions()).containsSubsequence("start " + idOf("shop-db-1"), "start " + idOf("shop-web-1"));
        assertThat(compose.actions()).containsSubsequence("create shop-db-1", "await " + idOf("shop-db-1"),
                "create shop-web-1");
        assertThat(progress).contains(new ServiceProgress("db", "shop-db-1", Step.HEALTHY, ""),
                new ServiceProgress("web", "shop-web-1", Step.STARTED, ""),
                new ServiceProgress("", "shop_default", Step.CREATED, ""));
    }

    @Test
    void upAgainLeavesUnchangedContainersAloneAndRecreatesOnlyTheChangedService() {
        dbIsHealthy();
        actions.up(shop("1"), UpOptions.DEFAULT, progress::add).done().join();
        compose.setAllRunning();
        String oldWeb = idOf("shop-web-1");

        actions.up(shop("1"), UpOptions.DEFAULT, progress::add).done().join();
        assertThat(compose.created()).as("nothing is created when nothing changed").hasSize(2);

        progress.clear();
        actions.up(shop("2"), UpOptions.DEFAULT, progress::add).done().join();

        ContainerCreateSpec replacement = compose.created().get(2);
        String temporary = oldWeb.substring(0, 12) + "_shop-web-1";
        assertThat(replacement.name()).isEqualTo(temporary);
        assertThat(replacement.labels()).containsEntry(ComposeLabels.REPLACE, oldWeb);
        assertThat(replacement.env()).contains("V=2");
        assertThat(compose.actions()).contains("stop " + oldWeb);
        assertThat(gateway.actions()).containsSubsequence("remove " + oldWeb + " force=false volumes=false",
                "rename " + idOf(temporary) + " shop-web-1", "start " + idOf(temporary));
        assertThat(progress).contains(new ServiceProgress("db", "shop-db-1", Step.RUNNING, ""),
                new ServiceProgress("web", "shop-web-1", Step.RECREATING, ""));
        assertThat(progress).noneMatch(step -> step.service().equals("db") && step.step() == Step.RECREATING);
    }

    @Test
    void aDependentWithRestartTrueIsRecreatedWhenItsDependencyIs() {
        ServiceSpec.DependsOn restartWithDb = new ServiceSpec.DependsOn(Dependencies.STARTED, true, true);
        ComposeProject first = ComposeProjects.project("shop", DIR).service(service("db").env("V", "1"))
                .service(service("web").dependsOn("db", restartWithDb)).build();
        actions.up(first, UpOptions.DEFAULT, progress::add).done().join();
        compose.setAllRunning();

        ComposeProject changedDb = ComposeProjects.project("shop", DIR).service(service("db").env("V", "2"))
                .service(service("web").dependsOn("db", restartWithDb)).build();
        actions.up(changedDb, UpOptions.DEFAULT, progress::add).done().join();

        assertThat(compose.created()).extracting(ContainerCreateSpec::name).containsExactly("shop-db-1",
                "shop-web-1", idOf("shop-db-1").substring(0, 12) + "_shop-db-1",
                idOf("shop-web-1").substring(0, 12) + "_shop-web-1");
    }

    @Test
    void orphansAreNamedAndWithRemoveOrphansStoppedAndRemoved() {
        compose.addContainer(running("shop-old-1", "old", ""));
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("web")).build();

        actions.up(project, UpOptions.DEFAULT, progress::add).done().join();
        assertThat(progress).anyMatch(step -> step.subject().equals("shop-old-1") && step.step() == Step.RUNNING
                && step.detail().startsWith("Orphan"));
        assertThat(gateway.actions()).noneMatch(action -> action.startsWith("remove id-shop-old-1"));

        actions.up(project, new UpOptions(false, true, false), progress::add).done().join();
        assertThat(compose.actions()).contains("stop id-shop-old-1");
        assertThat(gateway.actions()).contains("remove id-shop-old-1 force=true volumes=false");
    }

    @Test
    void aDependencyThatTurnsUnhealthyFailsWithItsLogLinesAndItsDependentIsNotStarted() {
        compose.setStatus(idOf("shop-db-1"), new ContainerStatus(idOf("shop-db-1"), "shop-db-1",
                ContainerState.RUNNING, ContainerStatus.UNHEALTHY, 0, "", List.of()));

        ComposeTask up = actions.up(shop("1"), UpOptions.DEFAULT, progress::add);
        gateway.emitLogLines(List.of(new LogLine(LogLine.Source.STDERR, "db: cannot open /data", Instant.EPOCH)));
        gateway.endLogStreams();

        assertThatThrownBy(() -> up.done().join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(DaemonException.class)
                .hasMessageStartingWith("db failed: container shop-db-1 is unhealthy.")
                .hasMessageContaining("web was not started because it depends on db.");
        assertThat(progress).anyMatch(step -> step.service().equals("db") && step.step() == Step.FAILED
                && step.detail().contains("db: cannot open /data"));
        assertThat(progress).contains(new ServiceProgress("web", "web", Step.FAILED,
                "Not started: it depends on db, which failed."));
        assertThat(compose.created()).extracting(ContainerCreateSpec::name).containsExactly("shop-db-1");
    }

    @Test
    void scalingCreatesTheNextNumbersAndRemovesTheHighestFirst() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("web")).build();
        actions.up(project, UpOptions.DEFAULT, progress::add).done().join();
        compose.setAllRunning();

        actions.scale(project, "web", 3, progress::add).done().join();
        assertThat(compose.created()).extracting(ContainerCreateSpec::name)
                .containsExactly("shop-web-1", "shop-web-2", "shop-web-3");
        compose.setAllRunning();

        actions.scale(project, "web", 1, progress::add).done().join();
        assertThat(gateway.actions()).contains("remove " + idOf("shop-web-3") + " force=true volumes=false",
                "remove " + idOf("shop-web-2") + " force=true volumes=false");
        assertThat(gateway.actions()).noneMatch(action -> action.startsWith("remove " + idOf("shop-web-1")));
    }

    @Test
    void downWorksFromLabelsAloneStoppingDependentsFirstThenRemovingNetworksAndWithVVolumes() {
        compose.addContainer(running("shop-web-1", "web", "db:service_healthy:false"));
        compose.addContainer(running("shop-db-1", "db", ""));
        compose.addNetwork(new NetworkInfo("n1", "shop_default", "bridge", "local", null, false, false, false,
                List.of(), Map.of(), Map.of(ComposeLabels.PROJECT, "shop"), List.of()));
        compose.addVolume(new VolumeSummary("shop_data", "local", "/v", null, Map.of(ComposeLabels.PROJECT, "shop"),
                Map.of()));

        actions.down("shop", new DownOptions(true, false), progress::add).done().join();

        assertThat(compose.actions()).containsSubsequence("stop id-shop-web-1", "stop id-shop-db-1");
        assertThat(gateway.actions()).containsSubsequence("remove id-shop-web-1 force=true volumes=true",
                "remove id-shop-db-1 force=true volumes=true");
        assertThat(gateway.networks().actions()).containsExactly("network rm shop_default");
        assertThat(gateway.volumes().actions()).containsExactly("volume rm shop_data");
    }

    @Test
    void cancelAbortsThePullInFlightAndTheServiceIsReportedCancelled() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("web")
                .image("127.0.0.1:5000/missing:1")).build();

        ComposeTask up = actions.up(project, UpOptions.DEFAULT, progress::add);
        assertThat(gateway.images().actions()).containsExactly("pull 127.0.0.1:5000/missing:1");
        up.cancel();

        assertThatThrownBy(() -> up.done().join()).isInstanceOf(CancellationException.class);
        assertThat(gateway.images().actions()).contains("cancel");
        assertThat(progress).contains(new ServiceProgress("web", "web", Step.CANCELLED, ""));
        assertThat(compose.created()).isEmpty();
    }

    @Test
    void aServiceThatOnlyBuildsIsBuiltAsProjectDashServiceWithItsArgsAndCancelClosesTheBuild() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("app").image(null)
                .build(new ServiceSpec.BuildSpec("/home/dev/shop/app", "docker/Dockerfile", Map.of("V", "2"),
                        "runtime", Map.of()))).build();

        ComposeTask up = actions.up(project, UpOptions.DEFAULT, progress::add);
        BuildSpec build = gateway.builds().specs().get(0);
        gateway.builds().emit(BuildLine.step("Step 1/3 : FROM busybox"));
        up.cancel();

        assertThat(build.tags()).containsExactly("shop-app");
        assertThat(build.context()).isEqualTo(Path.of("/home/dev/shop/app"));
        assertThat(build.dockerfile()).isEqualTo(Path.of("/home/dev/shop/app/docker/Dockerfile"));
        assertThat(build.buildArgs()).containsExactlyEntriesOf(Map.of("V", "2"));
        assertThat(build.target()).isEqualTo("runtime");
        assertThat(progress).contains(new ServiceProgress("app", "shop-app", Step.BUILDING,
                "Step 1/3 : FROM busybox"), new ServiceProgress("app", "app", Step.CANCELLED, ""));
        assertThat(gateway.builds().closedBuilds()).isEqualTo(1);
        assertThatThrownBy(() -> up.done().join()).isInstanceOf(CancellationException.class);
    }

    @Test
    void aMissingExternalVolumeStopsTheUpBeforeAnyContainerWithASentenceNamingIt() {
        ComposeProject project = ComposeProjects.project("shop", DIR).externalVolume("data", "team-data")
                .service(service("db").volume("data", "/data")).build();

        assertThatThrownBy(() -> actions.up(project, UpOptions.DEFAULT, progress::add).done().join())
                .cause().hasMessage("The volume team-data is declared as external, but it does not exist.");
        assertThat(compose.created()).isEmpty();
    }

    @Test
    void containerNameWithSeveralReplicasIsRefusedBeforeAnythingIsMade() {
        ComposeProject project = ComposeProjects.project("shop", DIR).service(service("web").containerName("front")
                .scale(2)).build();

        assertThatThrownBy(() -> actions.up(project, UpOptions.DEFAULT, progress::add).done().join())
                .cause().hasMessageContaining("container_name front can name only one container");
        assertThat(compose.actions()).isEmpty();
    }

    @Test
    void projectsGroupV1AndV2ContainersNetworksAndVolumesByTheirProjectLabel() {
        compose.addContainer(running("shop-web-1", "web", ""));
        compose.addContainer(new ContainerSummary("v1", "legacy_app_2", "img", "sha256:i", "",
                ContainerState.EXITED, "Exited", List.of(), Instant.EPOCH, Map.of(ComposeLabels.PROJECT, "legacy",
                ComposeLabels.SERVICE, "app", ComposeLabels.ONEOFF, "False", ComposeLabels.WORKING_DIR, "/srv/legacy",
                ComposeLabels.CONFIG_FILES, "/srv/legacy/docker-compose.yml")));
        compose.addVolume(new VolumeSummary("legacy_data", "local", "/v", null, Map.of(ComposeLabels.PROJECT,
                "legacy"), Map.of()));

        List<ProjectState> projects = actions.projects().join();

        assertThat(projects).extracting(ProjectState::name).containsExactly("legacy", "shop");
        ProjectState legacy = projects.get(0);
        assertThat(legacy.workingDir()).isEqualTo("/srv/legacy");
        assertThat(legacy.configFiles()).containsExactly("/srv/legacy/docker-compose.yml");
        assertThat(legacy.containers()).extracting(ServiceContainer::service, ServiceContainer::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("app", 2));
        assertThat(legacy.volumes()).containsExactly("legacy_data");
    }

    private static ContainerSummary running(String name, String service, String dependsOn) {
        return new ContainerSummary("id-" + name, name, "img", "sha256:i", "", ContainerState.RUNNING, "Up",
                List.of(), Instant.EPOCH, Map.of(ComposeLabels.PROJECT, "shop", ComposeLabels.SERVICE, service,
                ComposeLabels.DEPENDS_ON, dependsOn, ComposeLabels.ONEOFF, "False"));
    }
}
