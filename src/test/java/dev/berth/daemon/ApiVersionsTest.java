package dev.berth.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiVersionsTest {

    @Test
    void engineOlderThanClientMaxIsUsedAsIs() {
        assertThat(ApiVersions.negotiate("1.41", "1.12", ApiVersions.CLIENT_MAX)).isEqualTo("1.41");
    }

    @Test
    void engineWithoutMinVersionIsAccepted() {
        assertThat(ApiVersions.negotiate("1.43", null, ApiVersions.CLIENT_MAX)).isEqualTo("1.43");
        assertThat(ApiVersions.negotiate("1.43", "  ", ApiVersions.CLIENT_MAX)).isEqualTo("1.43");
    }

    @Test
    void newerEngineIsPinnedToClientMax() {
        assertThat(ApiVersions.negotiate("1.52", "1.44", ApiVersions.CLIENT_MAX))
                .isEqualTo("1.44")
                .isEqualTo(ApiVersions.CLIENT_MAX);
    }

    @Test
    void equalVersionsAgree() {
        assertThat(ApiVersions.negotiate("1.44", "1.24", "1.44")).isEqualTo("1.44");
    }

    @Test
    void compareIsNumericNotLexical() {
        assertThat(ApiVersions.compare("1.9", "1.41")).isNegative();
        assertThat(ApiVersions.compare("1.41", "1.9")).isPositive();
        assertThat(ApiVersions.compare("1.41", "1.41")).isZero();
        assertThat(ApiVersions.compare("2.0", "1.99")).isPositive();
        assertThat(ApiVersions.compare(" 1.41 ", "1.41")).isZero();
        assertThat(ApiVersions.compare("1", "1.0")).isZero();
    }

    @Test
    void negotiateUsesNumericOrderToo() {
        // Lexically "1.100" < "1.44"; numerically it is newer, so the client max wins.
        assertThat(ApiVersions.negotiate("1.100", "1.44", "1.44")).isEqualTo("1.44");
    }

    @Test
    void engineWhoseMinimumIsAboveClientMaxIsRefusedWithASentence() {
        assertThatThrownBy(() -> ApiVersions.negotiate("1.60", "1.50", "1.44"))
                .isInstanceOfSatisfying(DaemonException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("This Docker engine needs API 1.50 or newer, but Berth speaks at most 1.44.");
                    assertThat(e.offeredAction()).contains("Update Berth, or use an older Docker engine.");
                    assertThat(e.httpStatus()).isZero();
                });
    }

    @Test
    void engineOlderThanClientMinIsRefused() {
        assertThatThrownBy(() -> ApiVersions.negotiate("1.40", "1.12", ApiVersions.CLIENT_MAX))
                .isInstanceOfSatisfying(DaemonException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "This Docker engine speaks API 1.40, older than the 1.41 Berth needs.");
                    assertThat(e.offeredAction()).contains("Update Docker to version 20.10 or newer.");
                });
    }

    @Test
    void singleDigitMinorEngineIsOlderThanClientMin() {
        assertThatThrownBy(() -> ApiVersions.negotiate("1.9", null, ApiVersions.CLIENT_MAX))
                .isInstanceOf(DaemonException.class)
                .hasMessageContaining("speaks API 1.9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankEngineVersionIsRefused(String blank) {
        assertThatThrownBy(() -> ApiVersions.negotiate(blank, "1.24", ApiVersions.CLIENT_MAX))
                .isInstanceOfSatisfying(DaemonException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("The Docker engine did not report its API version.");
                    assertThat(e.offeredAction()).contains("Check that the address points at a Docker engine.");
                });
    }

    @Test
    void nullEngineVersionIsRefused() {
        assertThatThrownBy(() -> ApiVersions.negotiate(null, null, ApiVersions.CLIENT_MAX))
                .isInstanceOf(DaemonException.class)
                .hasMessage("The Docker engine did not report its API version.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1.41", "latest", "1.x", "one.two"})
    void unparsableEngineVersionIsRefusedNamingIt(String garbage) {
        assertThatThrownBy(() -> ApiVersions.negotiate(garbage, null, ApiVersions.CLIENT_MAX))
                .isInstanceOfSatisfying(DaemonException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "The Docker engine reported an API version Berth cannot read: \"" + garbage + "\".");
                    assertThat(e.offeredAction()).isEmpty();
                    assertThat(e.getCause()).isInstanceOf(NumberFormatException.class);
                });
    }

    @Test
    void unparsableEngineMinimumIsRefused() {
        assertThatThrownBy(() -> ApiVersions.negotiate("1.44", "soon", ApiVersions.CLIENT_MAX))
                .isInstanceOf(DaemonException.class)
                .hasMessageContaining("\"soon\"");
    }

    @Test
    void clientRangeConstantsAreOrdered() {
        assertThat(ApiVersions.compare(ApiVersions.CLIENT_MIN, ApiVersions.CLIENT_MAX)).isNegative();
    }
}
