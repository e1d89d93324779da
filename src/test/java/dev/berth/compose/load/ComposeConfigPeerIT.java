package dev.berth.compose.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.ComposeConfig;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolved configuration of every sample under {@code compose/samples/} is the same from Berth's
 * {@link ComposeConfig} as from the real peer, {@code docker-compose config} (v1), after the documented differences
 * are normalised ({@link PeerConfigs}). A sample's optional {@code args} file holds the global options both are given
 * ({@code -f}, {@code --profile}). Skipped without docker-compose on the PATH, failing then under {@code CI=true}.
 */
@ExtendWith(ComposeConfigPeerIT.PeerRequired.class)
class ComposeConfigPeerIT {
    private static final Optional<Path> PEER = Stream.of(System.getenv().getOrDefault("PATH", "")
                    .split(File.pathSeparator))
            .map(folder -> Path.of(folder, "docker-compose")).filter(Files::isExecutable).findFirst();

    /** Skips the class with the reason when docker-compose is missing; fails it instead under {@code CI=true}. */
    static final class PeerRequired implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (PEER.isPresent()) {
                return ConditionEvaluationResult.enabled("docker-compose is at " + PEER.get());
            }
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("docker-compose is not on the PATH, and with CI=true the comparison with "
                        + "it must run; install Debian's docker-compose (1.29.2)");
            }
            return ConditionEvaluationResult.disabled("docker-compose (v1) is not on the PATH, so Berth's resolved "
                    + "configuration is not compared with it");
        }
    }

    static Stream<String> samples() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(samplesFolder())) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void berthResolvesTheSampleAsDockerComposeDoes(String sample) throws Exception {
        Path folder = samplesFolder().resolve(sample);
        List<String> args = args(folder);
        Map<String, String> environment = Map.of("PATH", System.getenv().getOrDefault("PATH", ""),
                "HOME", ComposeFixture.HOME);

        Map<String, Object> v1 = PeerConfigs.fromV1(v1Config(folder, args, environment), profiles(args));
        Map<String, Object> berth = PeerConfigs.fromBerth(berthConfig(folder, args, environment));

        assertThat(berth).as("Berth's config of %s (left) against docker-compose config (right)", sample)
                .isEqualTo(v1);
        assertThat(berth.get("services")).as("the sample %s has services", sample).isNotNull();
    }

    private static Map<String, Object> v1Config(Path folder, List<String> args, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PEER.orElseThrow().toString()));
        command.addAll(args);
        command.add("config");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] stdout = process.getInputStream().readAllBytes();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finishes").isTrue();
        assertThat(process.exitValue()).as("docker-compose config of %s: %s", folder.getFileName(), stderr).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> config = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(new String(stdout, StandardCharsets.UTF_8));
        return config;
    }

    private static Map<String, Object> berthConfig(Path folder, List<String> args, Map<String, String> environment)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ComposeConfig.run(args.toArray(String[]::new), folder, environment,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as("ComposeConfig of %s: %s", folder.getFileName(), err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).as("warnings for %s", folder.getFileName()).isEmpty();
        return new ObjectMapper().readValue(out.toByteArray(), new TypeReference<Map<String, Object>>() { });
    }

    private static List<String> args(Path folder) throws IOException {
        Path file = folder.resolve("args");
        return Files.exists(file) ? List.of(Files.readString(file).strip().split("\\s+")) : List.of();
    }

    private static List<String> profiles(List<String> args) {
        List<String> profiles = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("--profile")) {
                profiles.add(args.get(i + 1));
            }
        }
        return profiles;
    }

    private static Path samplesFolder() throws URISyntaxException {
        return Path.of(ComposeConfigPeerIT.class.getResource("/compose/samples/").toURI());
    }
}
