package dev.berth.compose.actions;

import dev.berth.compose.actions.ServiceProgress.Step;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.DaemonException;
import dev.berth.testing.ComposeProjects;
import dev.berth.testing.EngineRequired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Failures and cancel of {@code up} against the real engine: what is reported, what is left, what goes on. */
@ExtendWith(EngineRequired.class)
class ComposeFailureIT {
    private final ComposeFixture fixture = new ComposeFixture();
    private final String name = fixture.project(ComposeProjects.uniqueName("fail"));
    @TempDir
    Path dir;

    @AfterEach
    void removeTheProject() throws Exception {
        fixture.close();
    }

    @Test
    void anUnhealthyDependencyFailsWithItsLogLinesItsDependentIsNotCreatedAndOthersRun() {
        ComposeProject project = ComposeProjects.project(name, dir)
                .service(service("db").command("sh", "-c", "echo db cannot open its data; "
                                + "trap 'exit 0' TERM; while :; do sleep 1; done")
                        .healthcheck("exit 1", Duration.ofMillis(300), 1))
                .service(service("web").dependsOn("db", Dependencies.HEALTHY))
                .service(service("cache")).build();

        ComposeTask up = fixture.actions.up(project, UpOptions.DEFAULT, fixture.progress::add);

        assertThatThrownBy(() -> ComposeFixture.done(up)).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(DaemonException.class)
                .hasMessageStartingWith("db failed: container " + name + "-db-1 is unhealthy.")
                .hasMessageContaining("web was not started because it depends on db.");
        assertThat(fixture.progress).anyMatch(step -> step.service().equals("db") && step.step() == Step.FAILED
                && step.detail().contains("db cannot open its data"));
        assertThat(fixture.containerNames(name)).containsExactly(name + "-cache-1", name + "-db-1");
        assertThat(fixture.inspect(name + "-cache-1").getState().getRunning()).as("the others keep running").isTrue();
    }

    @Test
    void aDependencyThatMustCompleteButExitsWithAnErrorFailsTheUp() {
        ComposeProject project = ComposeProjects.project(name, dir)
                .service(service("migrate").command("sh", "-c", "echo migration failed; exit 3"))
                .service(service("app").dependsOn("migrate", Dependencies.COMPLETED)).build();

        assertThatThrownBy(() -> ComposeFixture.done(fixture.actions.up(project, UpOptions.DEFAULT,
                fixture.progress::add))).cause().hasMessageStartingWith(
                "migrate failed: service migrate didn't complete successfully: exit 3.");
        assertThat(fixture.progress).anyMatch(step -> step.step() == Step.FAILED
                && step.detail().contains("migration failed"));
        assertThat(fixture.exists(name + "-app-1")).isFalse();
    }

    @Test
    void aDependencyThatCompletesLetsItsDependentStart() {
        ComposeProject project = ComposeProjects.project(name, dir)
                .service(service("migrate").command("true"))
                .service(service("app").dependsOn("migrate", Dependencies.COMPLETED)).build();

        fixture.up(project);

        assertThat(fixture.inspect(name + "-app-1").getState().getRunning()).isTrue();
        assertThat(fixture.progress).contains(new ServiceProgress("migrate", name + "-migrate-1", Step.STOPPED,
                "Exited (0)"));
    }

    @Test
    void cancelWhileWaitingForAHealthCheckStopsBeforeTheDependentIsCreated() {
        ComposeProject project = ComposeProjects.project(name, dir)
                .service(service("db").healthcheck("test -f /never", Duration.ofSeconds(1), 100))
                .service(service("web").dependsOn("db", Dependencies.HEALTHY)).build();

        ComposeTask up = fixture.actions.up(project, UpOptions.DEFAULT, fixture.progress::add);
        await().atMost(Duration.ofSeconds(30)).until(() -> fixture.progress.stream()
                .anyMatch(step -> step.step() == Step.WAITING));
        up.cancel();

        assertThatThrownBy(() -> ComposeFixture.done(up)).isInstanceOf(CancellationException.class);
        assertThat(fixture.exists(name + "-web-1")).isFalse();
        assertThat(fixture.inspect(name + "-db-1").getState().getRunning()).as("what was done stays done").isTrue();
        assertThat(fixture.progress).contains(new ServiceProgress("web", "web", Step.CANCELLED, ""));
    }

    @Test
    void aStartThatTheEngineRefusesIsReportedWithItsReason() {
        ComposeProject project = ComposeProjects.project(name, dir)
                .service(service("web").command("/no/such/program")).build();

        assertThatThrownBy(() -> ComposeFixture.done(fixture.actions.up(project, UpOptions.DEFAULT,
                fixture.progress::add))).cause().hasMessageStartingWith("web failed: ")
                .hasMessageContaining("no such file or directory");
        assertThat(fixture.progress).anyMatch(step -> step.service().equals("web") && step.step() == Step.FAILED);
    }
}
