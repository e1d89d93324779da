package dev.berth.ui.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ByteSizesTest {

    /** What {@code docker images}, {@code docker ps -s} and {@code docker history} print for these byte counts. */
    @ParameterizedTest
    @CsvSource({
            "0, 0B",
            "147, 147B",
            "999, 999B",
            "1000, 1kB",
            "1024, 1.02kB",
            "1500, 1.5kB",
            "12345, 12.3kB",
            "1984335, 1.98MB",
            "120000000, 120MB",
            "123456789, 123MB",
            "25276502016, 25.3GB",
            "1125000, 1.12MB",
            "1135000, 1.14MB",
            "999499, 999kB",
            "9223372036854775807, 9.22EB"})
    void decimalSizesReadAsTheCliPrintsThem(long bytes, String printed) {
        assertThat(ByteSizes.human(bytes)).isEqualTo(printed);
    }

    @Test
    void aSizeThatRoundsUpToTheNextUnitIsWrittenInIt() {
        assertThat(ByteSizes.human(999_950)).isEqualTo("1MB"); // the CLI writes "1e+03kB"
        assertThat(ByteSizes.human(999_999_999)).isEqualTo("1GB");
    }

    @Test
    void anUnknownSizeSaysSo() {
        assertThat(ByteSizes.human(-1)).isEqualTo("unknown");
        assertThat(ByteSizes.binary(-1)).isEqualTo("unknown");
        assertThat(ByteSizes.binary(Double.NaN)).isEqualTo("unknown");
    }

    /** What {@code docker stats} prints as memory use and {@code docker info} as total memory. */
    @ParameterizedTest
    @CsvSource({
            "0, 0B",
            "1023, 1023B",
            "1024, 1KiB",
            "1536, 1.5KiB",
            "2048000, 1.953MiB",
            "125829120, 120MiB",
            "8232370176, 7.667GiB",
            "1073741824, 1GiB"})
    void binarySizesReadAsDockerStatsPrintsThem(double bytes, String printed) {
        assertThat(ByteSizes.binary(bytes)).isEqualTo(printed);
    }
}
