package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec.PortSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The small grammars of compose values: ports, durations, command strings, project names, paths. */
class SyntaxTest {

    @Test
    void shortPortSyntaxExpandsAsComposeDoes() {
        assertThat(PortSyntax.parse("80")).containsExactly(new PortSpec(80, "", "", "tcp"));
        assertThat(PortSyntax.parse("18080:80")).containsExactly(new PortSpec(80, "18080", "", "tcp"));
        assertThat(PortSyntax.parse("127.0.0.1:18081:81/udp"))
                .containsExactly(new PortSpec(81, "18081", "127.0.0.1", "udp"));
        assertThat(PortSyntax.parse("127.0.0.1::82")).containsExactly(new PortSpec(82, "", "127.0.0.1", "tcp"));
        assertThat(PortSyntax.parse("[::1]:18083:83")).containsExactly(new PortSpec(83, "18083", "::1", "tcp"));
        assertThat(PortSyntax.parse("18000-18001:80-81")).containsExactly(new PortSpec(80, "18000", "", "tcp"),
                new PortSpec(81, "18001", "", "tcp"));
        assertThat(PortSyntax.parse("90-91")).containsExactly(new PortSpec(90, "", "", "tcp"),
                new PortSpec(91, "", "", "tcp"));
        assertThat(PortSyntax.parse("18000-18010:80")).containsExactly(new PortSpec(80, "18000-18010", "", "tcp"));
        assertThat(PortSyntax.parse("18000-18000:80")).containsExactly(new PortSpec(80, "18000", "", "tcp"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|not a container port",
            "65536|not a container port",
            "http|not a container port",
            "8080:|not a container port",
            "18000-18002:80-81|different lengths",
            "81-80|ends before it starts",
            "80/icmp|not a protocol",
            "localhost:8080:80|not an IP address",
            "1.2.3:8080:80|not an IP address",
    })
    void badPortsAreRefusedWithTheReason(String port, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> PortSyntax.parse(port)).withMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({"10s,PT10S", "1m30s,PT1M30S", "1.5s,PT1.5S", "500ms,PT0.5S", "2h,PT2H", "1h2m3s,PT1H2M3S",
            "0,PT0S", "100us,PT0.0001S"})
    void durationsAreGoDurations(String text, Duration expected) {
        assertThat(Durations.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "1d", "s", "1m 30s", "-5s", "", "ten seconds"})
    void textThatIsNotADurationIsRefused(String text) {
        assertThat(Durations.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"PT1M30S,1m30s", "PT10S,10s", "PT1H,1h0m0s", "PT0.5S,500ms", "PT1.5S,1.5s", "PT0S,0s",
            "PT0.000002S,2µs"})
    void durationsPrintAsGoPrintsThem(Duration duration, String expected) {
        assertThat(Durations.format(duration)).isEqualTo(expected);
    }

    @Test
    void commandStringsSplitLikeGoShellwordsWithoutExpanding() {
        assertThat(CommandWords.split("sleep 1000")).containsExactly("sleep", "1000");
        assertThat(CommandWords.split("sh -c 'echo $HOME | wc -c'")).containsExactly("sh", "-c",
                "echo $HOME | wc -c");
        assertThat(CommandWords.split("echo \"a \\\"b\\\"\"  c\\ d ''")).containsExactly("echo", "a \"b\"", "c d",
                "");
        assertThatIllegalArgumentException().isThrownBy(() -> CommandWords.split("echo 'open"))
                .withMessageContaining("never closed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"My App|myapp", "-_web.Site_2|website_2",
            "ÄBC-def|bc-def", "__x|x", "proj|proj"})
    void projectNamesAreNormalisedAsComposeDoes(String folder, String expected) {
        assertThat(ProjectNames.normalize(folder)).isEqualTo(expected);
    }

    @Test
    void onlyNormalisedNamesAreValidAsGiven() {
        assertThat(ProjectNames.isValid("web_2-x")).isTrue();
        assertThat(List.of("Web", "-web", "web.x", "")).noneMatch(ProjectNames::isValid);
    }

    @Test
    void containerPathsAreCleanedAsGoCleansThem() {
        assertThat(HostPaths.cleanTarget("/data/")).isEqualTo("/data");
        assertThat(HostPaths.cleanTarget("/a//b/./c/../d")).isEqualTo("/a/b/d");
        assertThat(HostPaths.cleanTarget("/")).isEqualTo("/");
    }

    @Test
    void hostPathsResolveAgainstTheBaseAndHome() {
        HostPaths paths = new HostPaths(java.nio.file.Path.of("/home/me"));
        java.nio.file.Path base = java.nio.file.Path.of("/srv/app");
        assertThat(paths.resolve("./data", base)).isEqualTo("/srv/app/data");
        assertThat(paths.resolve("../shared", base)).isEqualTo("/srv/shared");
        assertThat(paths.resolve("~/cache", base)).isEqualTo("/home/me/cache");
        assertThat(paths.resolve("~", base)).isEqualTo("/home/me");
        assertThat(paths.resolve("/abs", base)).isEqualTo("/abs");
        assertThat(List.of("./x", "../x", "/x", "~/x", "~")).allMatch(HostPaths::isPath);
        assertThat(HostPaths.isPath("data")).isFalse();
    }
}
