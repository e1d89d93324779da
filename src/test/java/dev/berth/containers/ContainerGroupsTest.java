package dev.berth.containers;

import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.TabFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javafx.collections.transformation.SortedList;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static dev.berth.testing.FakeEngineGateway.containerEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** The Containers table grouped by compose project, as Docker Desktop shows it. */
class ContainerGroupsTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private final TabFixture tab = new TabFixture();
    private ContainersViewModel model;

    private static ContainerSummary container(String id, String name, String project, ContainerState state,
                                              int minute) {
        return new ContainerSummary(id, name, "busybox", "sha256:" + id, "sh", state,
                state == ContainerState.RUNNING ? "Up 2 minutes" : "Exited (0) 1 minute ago", List.of(),
                Instant.parse("2026-11-28T10:00:00Z").plusSeconds(60L * minute),
                project == null ? Map.of() : Map.of(ContainerGroups.PROJECT_LABEL, project));
    }

    @BeforeEach
    void listContainersOfTwoProjectsAndOneAlone() {
        engine.setContainers(
                container("w1", "shop-web-1", "shop", ContainerState.RUNNING, 1),
                container("d1", "shop-db-1", "shop", ContainerState.EXITED, 2),
                container("a1", "blog-app-1", "blog", ContainerState.EXITED, 3),
                container("x1", "lonely", null, ContainerState.RUNNING, 4));
        model = new ContainersViewModel(engine, tab.context());
        engine.goUp();
        tab.scheduler().advance(ContainersViewModel.REFRESH_DEBOUNCE);
    }

    @AfterEach
    void stop() {
        model.close();
    }

    private ContainerGroups groups() {
        return model.groups();
    }

    private ContainerRow header(String project) {
        return groups().shown().stream().filter(row -> row.isGroupHeader() && row.name().equals(project))
                .findFirst().orElseThrow();
    }

    private List<String> inTableOrder() {
        return groups().shown().sorted(groups().keepingGroupsTogether(Comparator.comparing(ContainerRow::name)))
                .stream().map(row -> (row.isGroupHeader() ? "▸ " : "") + row.name()).toList();
    }

    @Test
    void ungroupedTheTableHasNoProjectRowsAndNothingFollowsTheRows() {
        assertThat(groups().shown()).isEmpty();
        assertThat(model.rows().visible()).noneMatch(ContainerRow::isGroupHeader);
    }

    @Test
    void groupedEachProjectHasARowAboveItsContainersWithHowManyRun() {
        model.groupByProjectProperty().set(true);

        assertThat(inTableOrder()).containsExactly("▸ blog", "blog-app-1", "lonely", "▸ shop", "shop-db-1",
                "shop-web-1");
        ContainerSummary shop = header("shop").summaryProperty().get();
        assertThat(shop.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(shop.status()).isEqualTo("Running (1/2)");
        assertThat(shop.created()).isEqualTo(Instant.parse("2026-11-28T10:01:00Z"));
        assertThat(header("blog").summaryProperty().get().status()).isEqualTo("Exited (0/1)");
    }

    @Test
    void aProjectRowFoldsItsContainersAwayAndKeepsItselfAcrossRefreshes() {
        model.groupByProjectProperty().set(true);
        ContainerRow shop = header("shop");

        groups().toggle(shop);
        assertThat(inTableOrder()).containsExactly("▸ blog", "blog-app-1", "lonely", "▸ shop");
        assertThat(groups().membersOf(shop)).extracting(ContainerRow::name)
                .containsExactly("shop-web-1", "shop-db-1");

        engine.setContainers(
                container("w1", "shop-web-1", "shop", ContainerState.EXITED, 1),
                container("d1", "shop-db-1", "shop", ContainerState.EXITED, 2),
                container("a1", "blog-app-1", "blog", ContainerState.EXITED, 3),
                container("x1", "lonely", null, ContainerState.RUNNING, 4));
        engine.emit(containerEvent("die", "w1"));
        tab.scheduler().advance(ContainersViewModel.REFRESH_DEBOUNCE);

        assertThat(header("shop")).isSameAs(shop);
        assertThat(shop.summaryProperty().get().status()).isEqualTo("Exited (0/2)");
        groups().toggle(shop);
        assertThat(inTableOrder()).contains("shop-web-1", "shop-db-1");
    }

    @Test
    void aSortedTableKeepsAGroupTogetherWhenOnlyItsProjectRowMoves() {
        engine.setContainers(
                container("w1", "shop-web-1", "shop", ContainerState.RUNNING, 1),
                container("d1", "shop-db-1", "shop", ContainerState.EXITED, 2),
                container("a1", "blog-app-1", "blog", ContainerState.RUNNING, 3));
        engine.emit(containerEvent("start", "a1"));
        tab.scheduler().advance(ContainersViewModel.REFRESH_DEBOUNCE);
        model.groupByProjectProperty().set(true);
        Comparator<ContainerRow> byStatus = Comparator.comparing(row -> row.summaryProperty().get().status());
        SortedList<ContainerRow> table = groups().shown().sorted(groups().keepingGroupsTogether(byStatus));
        assertThat(names(table)).containsExactly("▸ blog", "blog-app-1", "▸ shop", "shop-db-1", "shop-web-1");

        engine.setContainers( // web stops: "shop" reads "Exited (0/2)", before blog's "Running"; db does not change
                container("w1", "shop-web-1", "shop", ContainerState.EXITED, 1),
                container("d1", "shop-db-1", "shop", ContainerState.EXITED, 2),
                container("a1", "blog-app-1", "blog", ContainerState.RUNNING, 3));
        engine.emit(containerEvent("die", "w1"));
        tab.scheduler().advance(ContainersViewModel.REFRESH_DEBOUNCE);

        assertThat(names(table)).containsExactly("▸ shop", "shop-db-1", "shop-web-1", "▸ blog", "blog-app-1");
    }

    private static List<String> names(List<ContainerRow> rows) {
        return rows.stream().map(row -> (row.isGroupHeader() ? "▸ " : "") + row.name()).toList();
    }

    @Test
    void selectingAProjectRowTargetsItsContainersAndShowsNoContainersDetails() {
        model.groupByProjectProperty().set(true);
        ContainerRow shop = header("shop");

        model.setSelection(List.of(shop), shop);
        model.perform(LifecycleAction.STOP);

        assertThat(model.selectedRows()).extracting(ContainerRow::name).containsExactly("shop-web-1", "shop-db-1");
        assertThat(model.rows().selectedProperty().get()).isNull();
        assertThat(engine.actions()).containsExactly("stop w1"); // the other one is stopped already
    }

    @Test
    void theSearchNarrowsTheGroupsAndAProjectWithNothingShownHasNoRow() {
        model.groupByProjectProperty().set(true);

        model.rows().filterTextProperty().set("web");

        assertThat(inTableOrder()).containsExactly("▸ shop", "shop-web-1");
        assertThat(header("shop").summaryProperty().get().status()).isEqualTo("Running (1/1)");
    }

    @Test
    void groupingOffAgainLeavesTheTableAsItWas() {
        model.groupByProjectProperty().set(true);
        model.groupByProjectProperty().set(false);

        assertThat(groups().shown()).isEmpty();
        model.rows().filterTextProperty().set("shop");
        assertThat(groups().shown()).isEmpty();
    }
}
