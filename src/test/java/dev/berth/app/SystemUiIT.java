package dev.berth.app;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Info;
import dev.berth.daemon.system.DiskUsage;
import dev.berth.daemon.system.PruneCandidate;
import dev.berth.testing.TestEngine;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.berth.testing.FxThread.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The System section end to end: the dashboard's numbers, and the prune wizard removing exactly what was ticked,
 * checked through the engine. The wizard is unticked down to this run's own objects before anything is removed.
 */
class SystemUiIT extends BerthUiIT {
    private static final String RUN_LABEL = "dev.berth.test.run";
    private final String run = UUID.randomUUID().toString();
    private final Map<String, String> labels = Map.of(TestEngine.TEST_LABEL, "true", RUN_LABEL, run);
    private final String tickedVolume = TestEngine.uniqueName("ui-prune-vol");
    private final String keptVolume = TestEngine.uniqueName("ui-kept-vol");
    private String container;

    @AfterEach
    void removeWhatIsLeftAndGoBackToContainers() {
        robot.lookup("#prune-close").tryQuery().ifPresent(close -> robot.interact(() ->
                close.getScene().getWindow().hide()));
        if (container != null) {
            engine.removeQuietly(container);
        }
        engine.removeVolumeQuietly(tickedVolume);
        engine.removeVolumeQuietly(keptVolume);
        robot.clickOn("#nav-containers"); // the next test class starts where this one leaves the window
    }

    private void openSystem() {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> robot.lookup("#disk-usage-table")
                .tryQuery().map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false)));
    }

    @Test
    void theDashboardShowsTheEnginesInformationAndDiskUsage() {
        openSystem();
        Info info = engine.client().infoCmd().exec();

        await().atMost(Duration.ofSeconds(10)).until(() -> onFx(() -> text("#engine-fact-host"))
                .equals(info.getName()));
        assertThat(onFx(() -> text("#engine-fact-storage-driver"))).isEqualTo(info.getDriver());
        assertThat(onFx(() -> text("#engine-fact-docker-root-dir"))).isEqualTo(info.getDockerRootDir());
        assertThat(onFx(() -> text("#engine-fact-cpus"))).isEqualTo(String.valueOf(info.getNCPU()));
        assertThat(onFx(() -> text("#engine-fact-engine"))).isEqualTo("Docker " + info.getServerVersion());
        List<DiskUsage.Category> rows = onFx(() -> List.copyOf(robot.lookup("#disk-usage-table")
                .<DiskUsage.Category>queryTableView().getItems()));
        assertThat(rows).extracting(DiskUsage.Category::type)
                .containsExactly("Images", "Containers", "Local Volumes", "Build Cache");
        assertThat(rows.get(0).totalCount()).isPositive(); // the test image at least
        XYChart<?, ?> chart = onFx(() -> robot.lookup("#disk-usage-chart").queryAs(XYChart.class));
        assertThat(onFx(() -> chart.getData().size())).isEqualTo(2);
        long imageBar = onFx(() -> ((Number) ((XYChart.Series<?, ?>) chart.getData().get(1)).getData().get(0)
                .getXValue()).longValue());
        assertThat(imageBar).isEqualTo(rows.get(0).reclaimable());
        assertThat(onFx(() -> robot.lookup("#disk-usage-progress").queryAs(Label.class).isVisible())).isFalse();
    }

    @Test
    void theDiskUsageAxisLabelsNeverOverlap() {
        openSystem();
        XYChart<?, ?> chart = onFx(() -> robot.lookup("#disk-usage-chart").queryAs(XYChart.class));
        Window window = onFx(() -> chart.getScene().getWindow());
        double wide = onFx(window::getWidth);
        try {
            for (double width : new double[] {wide, 1000, 760}) {
                robot.interact(() -> window.setWidth(width));
                robot.interact(() -> chart.getScene().getRoot().layout());
                List<Bounds> labels = onFx(() -> chart.getXAxis().getChildrenUnmodifiable().stream()
                        .filter(node -> node instanceof Text && node.isVisible()).map(Node::getBoundsInParent)
                        .sorted(Comparator.comparingDouble(Bounds::getMinX)).toList());
                int ticks = onFx(() -> chart.getXAxis().getTickMarks().size());
                assertThat(labels).as("every tick has its label at %s px", width).hasSize(ticks);
                if (width == wide) {
                    assertThat(ticks).as("a wide axis is more than its two ends").isGreaterThan(2);
                }
                for (int i = 1; i < labels.size(); i++) {
                    assertThat(labels.get(i).getMinX()).as("label %s starts after label %s ends at %s px", i, i - 1,
                            width).isGreaterThan(labels.get(i - 1).getMaxX());
                }
            }
        } finally {
            robot.interact(() -> window.setWidth(wide));
        }
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theWizardRemovesExactlyTheTickedObjectsAndLeavesAnUntickedVolume() {
        container = engine.client().createContainerCmd(TestEngine.IMAGE).withName(TestEngine.uniqueName("ui-prune"))
                .withLabels(labels).withCmd("true").exec().getId();
        engine.client().createVolumeCmd().withName(tickedVolume).withLabels(labels).exec();
        engine.client().createVolumeCmd().withName(keptVolume).withLabels(labels).exec();
        openSystem();
        robot.clickOn("#system-clean-up");
        await().atMost(Duration.ofSeconds(30)).until(() -> onFx(() -> items().stream()
                .anyMatch(box -> ours(box) && candidate(box).id().equals(keptVolume))));

        // Only this run's objects may go: everything else is unticked, whatever the defaults ticked.
        Set<String> wanted = Set.of(container, tickedVolume);
        robot.interact(() -> items().forEach(box -> box.setSelected(ours(box) && wanted.contains(candidate(box).id()))));

        assertThat(onFx(() -> items().stream().filter(CheckBox::isSelected).map(box -> candidate(box).id())
                .toList())).containsExactlyInAnyOrder(container, tickedVolume);
        assertThat(onFx(() -> robot.lookup("#prune-command-line .command-text").queryLabeled().getText()))
                .contains("docker volume rm " + tickedVolume).doesNotContain(keptVolume);
        assertThat(onFx(() -> text("#prune-total"))).startsWith("2 ticked");
        robot.clickOn("#prune-run");

        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup("#prune-headline").tryQuery().isPresent());
        assertThat(onFx(() -> text("#prune-headline"))).startsWith("Removed 2 objects");
        assertThat(engine.exists(container)).isFalse();
        assertThat(volumeExists(tickedVolume)).isFalse();
        assertThat(volumeExists(keptVolume)).isTrue();
        robot.clickOn("#prune-close");
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#prune-close").tryQuery().isEmpty());
    }

    private List<CheckBox> items() {
        return robot.lookup(".prune-item").queryAllAs(CheckBox.class).stream().toList();
    }

    private static PruneCandidate candidate(CheckBox box) {
        return (PruneCandidate) box.getUserData();
    }

    private boolean ours(CheckBox box) {
        return run.equals(candidate(box).labels().get(RUN_LABEL));
    }

    private boolean volumeExists(String name) {
        try {
            engine.client().inspectVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}
