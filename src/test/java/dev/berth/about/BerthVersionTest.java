package dev.berth.about;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class BerthVersionTest {

    @Test
    void theBuildWritesTheProjectVersion() {
        assertThat(BerthVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anUnfilledPlaceholderOrNoneIsUnknown() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("version", "${project.version}");

        assertThat(BerthVersion.from(unfiltered)).isEqualTo(BerthVersion.UNKNOWN);
        assertThat(BerthVersion.from(new Properties())).isEqualTo(BerthVersion.UNKNOWN);
    }

    @Test
    void readsTheVersion() {
        Properties filled = new Properties();
        filled.setProperty("version", " 1.2.3 ");

        assertThat(BerthVersion.from(filled)).isEqualTo("1.2.3");
    }
}
