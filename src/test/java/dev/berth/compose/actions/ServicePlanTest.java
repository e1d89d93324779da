package dev.berth.compose.actions;

import dev.berth.daemon.containers.ContainerSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.berth.compose.actions.ComposeNamesTest.container;
import static org.assertj.core.api.Assertions.assertThat;

class ServicePlanTest {
    private static final String HASH = "h1";
    private static final String IMAGE = "sha256:i1";

    @Test
    void anUnchangedContainerIsKeptAndNothingIsCreated() {
        ServicePlan plan = ServicePlan.of(List.of(replica(1, HASH, IMAGE)), 1, HASH, IMAGE,
                ServicePlan.Recreate.CHANGED);

        assertThat(plan.keep()).extracting(ContainerSummary::name).containsExactly("shop-web-1");
        assertThat(plan.recreate()).isEmpty();
        assertThat(plan.create()).isEmpty();
        assertThat(plan.remove()).isEmpty();
    }

    @Test
    void aChangedConfigurationOrImageIsRecreated() {
        assertThat(ServicePlan.of(List.of(replica(1, "old", IMAGE)), 1, HASH, IMAGE, ServicePlan.Recreate.CHANGED)
                .recreate()).hasSize(1);
        assertThat(ServicePlan.of(List.of(replica(1, HASH, "sha256:old")), 1, HASH, IMAGE,
                ServicePlan.Recreate.CHANGED).recreate()).hasSize(1);
    }

    @Test
    void forceRecreatesEverythingAndNoRecreateNothing() {
        List<ContainerSummary> containers = List.of(replica(1, "old", IMAGE), replica(2, HASH, IMAGE));

        assertThat(ServicePlan.of(containers, 2, HASH, IMAGE, ServicePlan.Recreate.ALWAYS).recreate()).hasSize(2);
        ServicePlan never = ServicePlan.of(containers, 2, HASH, IMAGE, ServicePlan.Recreate.NEVER);
        assertThat(never.recreate()).isEmpty();
        assertThat(never.keep()).hasSize(2);
    }

    @Test
    void scalingUpCreatesTheNumbersAfterTheHighestKept() {
        ServicePlan plan = ServicePlan.of(List.of(replica(1, HASH, IMAGE), replica(3, HASH, IMAGE)), 4, HASH, IMAGE,
                ServicePlan.Recreate.CHANGED);

        assertThat(plan.create()).containsExactly(4, 5);
    }

    @Test
    void scalingDownRemovesOutOfDateContainersFirstThenTheHighestNumbers() {
        List<ContainerSummary> containers = List.of(replica(1, HASH, IMAGE), replica(2, "old", IMAGE),
                replica(3, HASH, IMAGE), replica(4, HASH, IMAGE));

        ServicePlan plan = ServicePlan.of(containers, 2, HASH, IMAGE, ServicePlan.Recreate.CHANGED);

        assertThat(plan.remove()).extracting(ContainerSummary::name).containsExactly("shop-web-2", "shop-web-4");
        assertThat(plan.keep()).extracting(ContainerSummary::name).containsExactly("shop-web-1", "shop-web-3");
    }

    @Test
    void aV1ContainerWithoutCompose2LabelsIsOutOfDate() {
        ContainerSummary v1 = container("shop_web_1", Map.of(ComposeLabels.SERVICE, "web",
                ComposeLabels.CONTAINER_NUMBER, "1"));

        assertThat(ServicePlan.of(List.of(v1), 1, HASH, IMAGE, ServicePlan.Recreate.CHANGED).recreate())
                .containsExactly(v1);
    }

    private static ContainerSummary replica(int number, String hash, String image) {
        return container("shop-web-" + number, Map.of(ComposeLabels.SERVICE, "web", ComposeLabels.CONTAINER_NUMBER,
                Integer.toString(number), ComposeLabels.CONFIG_HASH, hash, ComposeLabels.IMAGE, image));
    }
}
