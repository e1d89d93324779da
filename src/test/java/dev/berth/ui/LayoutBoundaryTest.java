package dev.berth.ui;

import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutBoundaryTest {
    private final Pane changing = new Pane();
    private final StackPane content = new StackPane(changing);
    private final LayoutBoundary boundary = new LayoutBoundary(content);
    private final StackPane window = new StackPane(boundary);

    @Test
    void aChangeWithinLaysOutTheContentAloneNotTheWindowAroundIt() {
        window.resize(800, 600);
        window.layout();
        assertThat(window.isNeedsLayout()).isFalse();

        changing.requestLayout(); // what a label does when its text changes

        assertThat(content.isNeedsLayout()).isTrue();
        assertThat(window.isNeedsLayout()).as("the request stopped at the boundary").isFalse();
        assertThat(boundary.isNeedsLayout()).isFalse();
    }

    @Test
    void theContentFillsTheBoundaryAndLendsItItsSizes() {
        changing.setPrefSize(300, 200);
        changing.setMinSize(120, 80);

        window.resize(800, 600);
        window.layout();

        assertThat(content.getWidth()).isEqualTo(800);
        assertThat(content.getHeight()).isEqualTo(600);
        assertThat(boundary.prefWidth(-1)).isEqualTo(300);
        assertThat(boundary.minHeight(-1)).isEqualTo(80);
    }
}
