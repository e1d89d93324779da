package dev.berth.terminal.input;

import dev.berth.terminal.input.MouseReport.Action;
import dev.berth.terminal.input.MouseReport.Button;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MouseEncoderTest {

    private static InputModes modes(MouseTracking tracking, MouseEncoding encoding) {
        return new InputModes(false, false, false, tracking, encoding);
    }

    private static String sgr(MouseReport report, MouseTracking tracking) {
        byte[] bytes = MouseEncoder.encode(report, modes(tracking, MouseEncoding.SGR));
        return bytes == null ? null : new String(bytes, StandardCharsets.US_ASCII).replace("\u001b", "^[");
    }

    private static int[] legacy(MouseReport report, MouseTracking tracking) {
        byte[] bytes = MouseEncoder.encode(report, modes(tracking, MouseEncoding.LEGACY));
        if (bytes == null) {
            return null;
        }
        assertThat(new String(bytes, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("\u001b[M");
        return new int[]{bytes[3] & 0xff, bytes[4] & 0xff, bytes[5] & 0xff};
    }

    @Test
    void sgrReportsPressesAndReleasesWithOneBasedCells() {
        assertThat(sgr(MouseReport.of(Action.PRESS, Button.LEFT, 0, 0), MouseTracking.NORMAL))
                .isEqualTo("^[[<0;1;1M");
        assertThat(sgr(MouseReport.of(Action.RELEASE, Button.LEFT, 9, 4), MouseTracking.NORMAL))
                .isEqualTo("^[[<0;10;5m");
        assertThat(sgr(MouseReport.of(Action.PRESS, Button.MIDDLE, 2, 3), MouseTracking.NORMAL))
                .isEqualTo("^[[<1;3;4M");
        assertThat(sgr(MouseReport.of(Action.RELEASE, Button.RIGHT, 2, 3), MouseTracking.NORMAL))
                .isEqualTo("^[[<2;3;4m");
        assertThat(sgr(MouseReport.of(Action.PRESS, Button.LEFT, 299, 99), MouseTracking.NORMAL))
                .as("SGR has no limit").isEqualTo("^[[<0;300;100M");
    }

    @Test
    void theWheelIsButtonsSixtyFourAndSixtyFive() {
        assertThat(sgr(MouseReport.of(Action.WHEEL_UP, Button.NONE, 4, 5), MouseTracking.NORMAL))
                .isEqualTo("^[[<64;5;6M");
        assertThat(sgr(MouseReport.of(Action.WHEEL_DOWN, Button.NONE, 4, 5), MouseTracking.NORMAL))
                .isEqualTo("^[[<65;5;6M");
        assertThat(legacy(MouseReport.of(Action.WHEEL_UP, Button.NONE, 0, 0), MouseTracking.NORMAL))
                .containsExactly(96, 33, 33);
    }

    @Test
    void modifiersAddFourEightAndSixteen() {
        MouseReport all = new MouseReport(Action.PRESS, Button.LEFT, 0, 0, true, true, true);
        assertThat(sgr(all, MouseTracking.NORMAL)).isEqualTo("^[[<28;1;1M");
        assertThat(sgr(new MouseReport(Action.PRESS, Button.RIGHT, 0, 0, true, false, false),
                MouseTracking.NORMAL)).isEqualTo("^[[<6;1;1M");
        assertThat(sgr(new MouseReport(Action.WHEEL_DOWN, Button.NONE, 0, 0, false, false, true),
                MouseTracking.NORMAL)).isEqualTo("^[[<81;1;1M");
        assertThat(sgr(all, MouseTracking.X10)).as("X10 reports no modifiers").isEqualTo("^[[<0;1;1M");
    }

    @Test
    void legacyEncodingAddsThirtyTwoAndReleasesAsButtonThree() {
        assertThat(legacy(MouseReport.of(Action.PRESS, Button.LEFT, 0, 0), MouseTracking.NORMAL))
                .containsExactly(32, 33, 33);
        assertThat(legacy(MouseReport.of(Action.PRESS, Button.RIGHT, 10, 20), MouseTracking.NORMAL))
                .containsExactly(34, 43, 53);
        assertThat(legacy(MouseReport.of(Action.RELEASE, Button.RIGHT, 10, 20), MouseTracking.NORMAL))
                .containsExactly(35, 43, 53);
    }

    @Test
    void legacyEncodingReachesColumn223AndNoFurther() {
        assertThat(legacy(MouseReport.of(Action.PRESS, Button.LEFT, 222, 222), MouseTracking.NORMAL))
                .containsExactly(32, 255, 255);
        assertThat(legacy(MouseReport.of(Action.PRESS, Button.LEFT, 223, 0), MouseTracking.NORMAL)).isNull();
        assertThat(legacy(MouseReport.of(Action.PRESS, Button.LEFT, 0, 223), MouseTracking.NORMAL)).isNull();
    }

    @Test
    void motionIsReportedPerTrackingMode() {
        MouseReport drag = MouseReport.of(Action.MOTION, Button.LEFT, 1, 1);
        MouseReport hover = MouseReport.of(Action.MOTION, Button.NONE, 1, 1);
        assertThat(sgr(drag, MouseTracking.NORMAL)).isNull();
        assertThat(sgr(drag, MouseTracking.BUTTON_MOTION)).isEqualTo("^[[<32;2;2M");
        assertThat(sgr(hover, MouseTracking.BUTTON_MOTION)).isNull();
        assertThat(sgr(drag, MouseTracking.ANY_MOTION)).isEqualTo("^[[<32;2;2M");
        assertThat(sgr(hover, MouseTracking.ANY_MOTION)).isEqualTo("^[[<35;2;2M");
        assertThat(legacy(hover, MouseTracking.ANY_MOTION)).containsExactly(67, 34, 34);
    }

    @Test
    void x10ReportsPressesOnly() {
        assertThat(sgr(MouseReport.of(Action.PRESS, Button.LEFT, 0, 0), MouseTracking.X10)).isEqualTo("^[[<0;1;1M");
        assertThat(sgr(MouseReport.of(Action.RELEASE, Button.LEFT, 0, 0), MouseTracking.X10)).isNull();
        assertThat(sgr(MouseReport.of(Action.WHEEL_UP, Button.NONE, 0, 0), MouseTracking.X10)).isNull();
        assertThat(sgr(MouseReport.of(Action.MOTION, Button.LEFT, 0, 0), MouseTracking.X10)).isNull();
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void nothingIsReportedWhenTrackingIsOff(Action action) {
        for (MouseEncoding encoding : MouseEncoding.values()) {
            assertThat(MouseEncoder.encode(MouseReport.of(action, Button.LEFT, 0, 0),
                    modes(MouseTracking.OFF, encoding))).isNull();
        }
    }
}
