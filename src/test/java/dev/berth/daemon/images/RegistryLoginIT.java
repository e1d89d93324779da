package dev.berth.daemon.images;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.GatewayFixture;
import dev.berth.daemon.Transfer;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineClients;
import dev.berth.daemon.engine.EngineThreads;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.Futures;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mindrot.jbcrypt.BCrypt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Registry logins for real: a second registry of the test's own (the same registry program as the shared one,
 * started here with htpasswd auth on a free port), and the engine pulling and pushing through Berth with the login
 * read from a config.json of the test's own — as base64 {@code auths} and through a credential-helper program.
 */
@ExtendWith(EngineRequired.class)
class RegistryLoginIT {
    private static final String USER = "berth";
    private static final String PASSWORD = "s3cret-" + System.nanoTime();
    private static Process registry;
    private static String host;
    private static Path registryDir;
    private static TestEngine engine;
    private static EngineClients clients;
    private static ExecutorService pool;

    @TempDir
    Path home;
    @TempDir
    Path bin;
    private final List<String> localImages = new ArrayList<>();

    @BeforeAll
    static void startRegistryWithLogin() throws Exception {
        engine = TestEngine.connect();
        Path program = Path.of("/usr/bin/docker-registry");
        if (!Files.isExecutable(program)) {
            EngineRequired.skipOrFail("No registry program at " + program + "; scripts/test-engine.sh installs it.");
        }
        registryDir = Files.createTempDirectory("berth-login-registry");
        Files.writeString(registryDir.resolve("htpasswd"), USER + ":" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(5))
                + "\n");
        host = "127.0.0.1:" + GatewayFixture.freePort();
        Files.writeString(registryDir.resolve("config.yml"), """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %s
                auth:
                  htpasswd:
                    realm: berth-test
                    path: %s
                http:
                  addr: %s
                """.formatted(registryDir.resolve("data"), registryDir.resolve("htpasswd"), host));
        registry = new ProcessBuilder(program.toString(), "serve", registryDir.resolve("config.yml").toString())
                .redirectErrorStream(true).redirectOutput(registryDir.resolve("registry.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(
                URI.create("http://" + host + "/v2/")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 401);
        clients = EngineClients.open(TestEngine.endpoint());
        pool = EngineThreads.boundedPool("berth-test-login", 2);
    }

    @AfterAll
    static void stopRegistry() throws Exception {
        if (registry != null) {
            registry.destroy();
            registry.waitFor(10, TimeUnit.SECONDS);
        }
        if (registryDir != null) {
            try (var files = Files.walk(registryDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        if (clients != null) {
            clients.close();
            pool.shutdownNow();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @AfterEach
    void removeLocalImages() {
        for (String image : localImages) {
            try {
                engine.client().removeImageCmd(image).withForce(true).exec();
            } catch (NotFoundException gone) {
                // removed by the test itself
            }
        }
    }

    private ImageOperations imagesWith(RegistryCredentials credentials) {
        return new DockerImageOperations(new EngineCalls(pool, () -> clients), credentials);
    }

    private ImageOperations imagesWithAuths(String user, String password) throws IOException {
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Files.writeString(home.resolve("config.json"), "{\"auths\": {\"" + host + "\": {\"auth\": \"" + auth
                + "\"}}}");
        return imagesWith(new RegistryCredentials(home, List.of()));
    }

    /** The test image under a new name in the login registry, tagged locally. */
    private ImageReference taggedForTheLoginRegistry() {
        String repository = host + "/berth-test/" + TestEngine.uniqueName("login");
        engine.client().tagImageCmd(TestEngine.IMAGE, repository, "1").exec();
        localImages.add(repository + ":1");
        return ImageReference.parse(repository + ":1");
    }

    private static DaemonException failure(Transfer<?> transfer) {
        Throwable thrown = catchThrowable(() -> Futures.done(transfer.result()));
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(DaemonException.class);
        return (DaemonException) thrown.getCause();
    }

    @Test
    void withoutALoginOrWithAWrongOneTheRegistryRefusesInASentence() throws IOException {
        ImageReference reference = taggedForTheLoginRegistry();
        DaemonException anonymous = failure(imagesWith(new RegistryCredentials(home, List.of()))
                .push(reference, message -> { }));
        assertThat(anonymous.getMessage()).isEqualTo("The registry " + host + " refused to let Berth push "
                + reference + ": a login is needed, or this login may not do that.");
        DaemonException wrong = failure(imagesWithAuths(USER, "not-the-password").push(reference, message -> { }));
        assertThat(wrong.getMessage()).startsWith("The registry " + host + " refused to let Berth push");
    }

    @Test
    void theBase64LoginOfConfigJsonPushesAndPulls() throws IOException {
        ImageReference reference = taggedForTheLoginRegistry();
        ImageOperations images = imagesWithAuths(USER, PASSWORD);
        Futures.done(images.push(reference, message -> { }).result());
        engine.client().removeImageCmd(reference.toString()).exec();

        Futures.done(images.pull(reference, message -> { }).result());
        assertThat(engine.client().inspectImageCmd(reference.toString()).exec().getId())
                .isEqualTo(engine.client().inspectImageCmd(TestEngine.IMAGE).exec().getId());
    }

    @Test
    void aCredentialHelperProgramOnThePathGivesTheLogin() throws IOException {
        ImageReference reference = taggedForTheLoginRegistry();
        Futures.done(imagesWithAuths(USER, PASSWORD).push(reference, message -> { }).result());
        engine.client().removeImageCmd(reference.toString()).exec();

        Path helper = bin.resolve("docker-credential-berthtest");
        Files.writeString(helper, """
                #!/bin/sh
                read -r server
                [ "$1" = get ] && [ "$server" = "%s" ] || { echo "credentials not found in native keychain"; exit 1; }
                printf '{"ServerURL":"%%s","Username":"%s","Secret":"%s"}\\n' "$server"
                """.formatted(host, USER, PASSWORD));
        assertThat(helper.toFile().setExecutable(true)).isTrue();
        Files.writeString(home.resolve("config.json"), "{\"auths\": {\"" + host + "\": {}}, \"credHelpers\": {\""
                + host + "\": \"berthtest\"}}");
        ImageOperations images = imagesWith(new RegistryCredentials(home, List.of(bin)));
        Futures.done(images.pull(reference, message -> { }).result());
        assertThat(engine.client().inspectImageCmd(reference.toString()).exec()).isNotNull();
    }
}
