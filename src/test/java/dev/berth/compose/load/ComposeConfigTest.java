package dev.berth.compose.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.ComposeConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComposeConfigTest {
    @TempDir
    Path folder;
    private ComposeFixture compose;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        compose = new ComposeFixture(folder.resolve("shop"));
    }

    private int run(String... args) {
        return ComposeConfig.run(args, compose.directory(), Map.of("HOME", ComposeFixture.HOME, "TAG", "1.0"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheResolvedProjectAsComposeConfigJson() throws Exception {
        compose.file("compose.yaml", """
                services:
                  web:
                    image: berth-test/busybox:${TAG}
                    command: sleep 1000
                    ports: ["127.0.0.1:18080:80"]
                    volumes: [data:/data, ./site:/site:ro]
                    healthcheck: {test: [CMD, "true"], interval: 90s}
                  debug: {image: berth-test/busybox, profiles: [debug]}
                volumes: {data: {}}
                """).file("other.yaml", "services:\n  web: {user: nobody}\n");
        assertThat(run("-f", "compose.yaml", "--file=other.yaml", "-p", "shop2", "--profile", "debug")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("name").asText()).isEqualTo("shop2");
        JsonNode web = json.path("services").path("web");
        assertThat(web.path("image").asText()).isEqualTo("berth-test/busybox:1.0");
        assertThat(web.path("user").asText()).isEqualTo("nobody");
        assertThat(web.path("command").toString()).isEqualTo("[\"sleep\",\"1000\"]");
        assertThat(web.path("ports").get(0).toString()).isEqualTo(
                "{\"host_ip\":\"127.0.0.1\",\"mode\":\"ingress\",\"protocol\":\"tcp\",\"published\":\"18080\","
                        + "\"target\":80}");
        assertThat(web.path("volumes").get(1).toString()).isEqualTo("{\"bind\":{\"create_host_path\":true},"
                + "\"read_only\":true,\"source\":\"" + compose.path("site") + "\",\"target\":\"/site\","
                + "\"type\":\"bind\"}");
        assertThat(web.path("healthcheck").path("interval").asText()).isEqualTo("1m30s");
        assertThat(web.path("networks").toString()).isEqualTo("{\"default\":null}");
        assertThat(json.path("services").has("debug")).isTrue();
        assertThat(json.path("networks").path("default").path("name").asText()).isEqualTo("shop2_default");
        assertThat(json.path("volumes").path("data").path("name").asText()).isEqualTo("shop2_data");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aWrongFileExitsWithOneAndTheProblemSentences() {
        compose.file("compose.yaml", "services:\n  web:\n    imgae: busybox\n    ports: [\"0:80\"]\n");
        assertThat(run()).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "compose.yaml:3:5: services.web.imgae: imgae is not a key compose knows here; did you mean image?",
                "compose.yaml:4:13: services.web.ports[0]: \"0\" is not a host port; ports are numbers from 1 to "
                        + "65535.");
    }

    @Test
    void warningsGoToStandardError() {
        compose.file("compose.yaml", "services:\n  web: {image: berth-test/busybox, mem_limit: 64m}\n");
        assertThat(run()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("warning: compose.yaml:2:36: "
                + "services.web.mem_limit: Berth does not apply mem_limit yet; it is ignored." + System.lineSeparator());
    }

    @Test
    void wrongArgumentsExitWithTwoAndTheUsage() {
        assertThat(run("--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option --bogus", "Usage:");
        err.reset();
        assertThat(run("-f")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("-f needs a value");
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage:");
    }
}
