package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.testing.ComposeProjects;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.berth.compose.actions.ComposeNamesTest.container;
import static dev.berth.testing.ComposeProjects.service;
import static org.assertj.core.api.Assertions.assertThat;

class InDependencyOrderTest {
    private final ComposeProject project = ComposeProjects.project("shop", Path.of("/p"))
            .service(service("web").dependsOn("api", Dependencies.STARTED))
            .service(service("api").dependsOn("db", Dependencies.HEALTHY).dependsOn("cache", Dependencies.STARTED))
            .service(service("db")).service(service("cache")).service(service("vpnclient").networkMode("service:db"))
            .build();

    @Test
    void eachServiceStartsOnlyAfterEverythingItDependsOnHasFinished() {
        Dependencies dependencies = Dependencies.of(project);
        Map<String, CompletableFuture<Void>> gates = Map.of("db", new CompletableFuture<>(),
                "cache", new CompletableFuture<>());
        List<String> started = new CopyOnWriteArrayList<>();

        InDependencyOrder.run(project.services().keySet(), service -> dependencies.of(service).keySet(), service -> {
            started.add(service);
            return gates.getOrDefault(service, CompletableFuture.completedFuture(null));
        });
        assertThat(started).containsExactlyInAnyOrder("db", "cache");

        gates.get("db").complete(null);
        assertThat(started).containsExactlyInAnyOrder("db", "cache", "vpnclient");

        gates.get("cache").completeExceptionally(new IllegalStateException("failed"));
        assertThat(started).containsExactly("db", "cache", "vpnclient", "api", "web");
    }

    @Test
    void stopsGoAgainstTheOrderFromTheContainersLabels() {
        Dependencies fromLabels = Dependencies.ofContainers(List.of(
                container("shop-web-1", Map.of(ComposeLabels.SERVICE, "web", ComposeLabels.DEPENDS_ON,
                        "api:service_started:false")),
                container("shop-api-1", Map.of(ComposeLabels.SERVICE, "api", ComposeLabels.DEPENDS_ON,
                        "db:service_healthy:false,gone:service_started:false")),
                container("shop-db-1", Map.of(ComposeLabels.SERVICE, "db", ComposeLabels.DEPENDS_ON, ""))));
        List<String> stopped = new CopyOnWriteArrayList<>();

        InDependencyOrder.run(List.of("db", "api", "web"), fromLabels::dependents, service -> {
            stopped.add(service);
            return CompletableFuture.completedFuture(null);
        });

        assertThat(stopped).containsExactly("web", "api", "db");
        assertThat(fromLabels.of("api")).containsOnlyKeys("db");
    }

    @Test
    void upOfOneServiceBringsUpWhatItDependsOnToo() {
        assertThat(Dependencies.of(project).withDependencies(List.of("web")))
                .containsExactlyInAnyOrder("web", "api", "db", "cache");
        assertThat(Dependencies.of(project).of("vpnclient")).containsOnlyKeys("db");
    }
}
