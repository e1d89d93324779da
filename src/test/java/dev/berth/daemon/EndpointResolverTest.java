package dev.berth.daemon;

import dev.berth.daemon.EngineEndpoint.TlsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointResolverTest {

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private Predicate<Path> socketExists = path -> false;

    private EngineEndpoint resolve() {
        return new EndpointResolver(env, home, false, socketExists).resolve();
    }

    private EngineEndpoint resolveOnWindows() {
        return new EndpointResolver(env, home, true, socketExists).resolve();
    }

    private Path writeContext(Path configDir, String name, String host, boolean skipTlsVerify) throws IOException {
        Path dir = Files.createDirectories(configDir.resolve("contexts/meta").resolve(EndpointResolver.sha256(name)));
        return Files.writeString(dir.resolve("meta.json"), """
                {"Name":"%s","Metadata":{},"Endpoints":{"docker":{"Host":"%s","SkipTLSVerify":%s}}}
                """.formatted(name, host, skipTlsVerify));
    }

    private void writeConfig(String json) throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), json);
    }

    // --- DOCKER_HOST ---

    @Test
    void dockerHostUnixSocketIsUsedAsIs() {
        env.put("DOCKER_HOST", "unix:///run/user/1000/docker.sock");
        EngineEndpoint endpoint = resolve();
        assertThat(endpoint.host()).isEqualTo("unix:///run/user/1000/docker.sock");
        assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
        assertThat(endpoint.tls()).isNull();
        assertThat(endpoint.describe()).isEqualTo("unix:///run/user/1000/docker.sock (DOCKER_HOST)");
    }

    @ParameterizedTest
    @CsvSource({
            "tcp://build-box:2375,            tcp://build-box:2375",
            "npipe:////./pipe/docker_engine,  npipe:////./pipe/docker_engine",
            "unix://,                         unix:///var/run/docker.sock",
            "10.0.0.5:2375,                   tcp://10.0.0.5:2375",
            ":2375,                           tcp://localhost:2375",
            "tcp://build-box,                 tcp://build-box:2375",
            "http://build-box:2375/,          tcp://build-box:2375",
            "https://build-box:2376,          tcp://build-box:2376",
    })
    void dockerHostFormsAreNormalised(String dockerHost, String expected) {
        env.put("DOCKER_HOST", dockerHost);
        assertThat(resolve().host()).isEqualTo(expected);
    }

    @Test
    void emptyDockerHostIsIgnored() {
        env.put("DOCKER_HOST", "");
        assertThat(resolve().describe()).isEqualTo("unix:///var/run/docker.sock (default socket)");
    }

    @Test
    void sshIsRefusedWithASentence() {
        env.put("DOCKER_HOST", "ssh://me@build-box");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DOCKER_HOST uses ssh://, which Berth cannot use yet; set up a tcp:// or unix:// endpoint or a context");
    }

    @Test
    void unknownSchemeAndBarePathAreRefused() {
        env.put("DOCKER_HOST", "fd://");
        assertThatThrownBy(this::resolve).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fd://");
        env.put("DOCKER_HOST", "/var/run/docker.sock");
        assertThatThrownBy(this::resolve).hasMessageContaining("did you mean unix:///var/run/docker.sock");
    }

    @Test
    void dockerHostWinsOverContext() throws IOException {
        writeContext(home.resolve(".docker"), "remote", "tcp://remote:2375", false);
        env.put("DOCKER_CONTEXT", "remote");
        env.put("DOCKER_HOST", "tcp://local:2375");
        assertThat(resolve().host()).isEqualTo("tcp://local:2375");
    }

    // --- TLS from the environment ---

    @Test
    void tlsVerifyDefaultsCertPathToDockerConfigFolder() {
        env.put("DOCKER_HOST", "tcp://secure:2376");
        env.put("DOCKER_TLS_VERIFY", "1");
        EngineEndpoint endpoint = resolve();
        assertThat(endpoint.host()).isEqualTo("tcp://secure:2376");
        assertThat(endpoint.tls()).isEqualTo(new TlsSettings(true, home.resolve(".docker").toString()));
        assertThat(endpoint.describe()).isEqualTo("tcp://secure:2376 (DOCKER_HOST, TLS)");
    }

    @Test
    void explicitCertPathIsUsed() {
        env.put("DOCKER_HOST", "tcp://secure:2376");
        env.put("DOCKER_TLS_VERIFY", "1");
        env.put("DOCKER_CERT_PATH", "/etc/docker-certs");
        assertThat(resolve().tls()).isEqualTo(new TlsSettings(true, "/etc/docker-certs"));
    }

    @Test
    void tlsVerifyZeroOrFalseMeansNoTls() {
        env.put("DOCKER_HOST", "tcp://plain:2375");
        env.put("DOCKER_TLS_VERIFY", "0");
        assertThat(resolve().tls()).isNull();
        env.put("DOCKER_TLS_VERIFY", "false");
        assertThat(resolve().tls()).isNull();
    }

    @Test
    void dockerTlsWithoutVerifyAndDefaultTlsPort() {
        env.put("DOCKER_HOST", "build-box");
        env.put("DOCKER_TLS", "1");
        EngineEndpoint endpoint = resolve();
        assertThat(endpoint.host()).isEqualTo("tcp://build-box:2376");
        assertThat(endpoint.tls()).isEqualTo(new TlsSettings(false, home.resolve(".docker").toString()));
    }

    @Test
    void tlsIsNotAppliedToUnixSockets() {
        env.put("DOCKER_HOST", "unix:///var/run/docker.sock");
        env.put("DOCKER_TLS_VERIFY", "1");
        assertThat(resolve().tls()).isNull();
    }

    // --- contexts ---

    @Test
    void dockerContextSelectsContextStoredUnderSha256Folder() throws IOException {
        writeContext(home.resolve(".docker"), "desktop-linux", "unix:///Users/me/.docker/run/docker.sock", false);
        env.put("DOCKER_CONTEXT", "desktop-linux");
        EngineEndpoint endpoint = resolve();
        assertThat(endpoint.host()).isEqualTo("unix:///Users/me/.docker/run/docker.sock");
        assertThat(endpoint.source()).isEqualTo("context \"desktop-linux\" via DOCKER_CONTEXT (~/.docker/contexts)");
        assertThat(endpoint.tls()).isNull();
    }

    @Test
    void currentContextComesFromConfigJson() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///Users/me/.colima/default/docker.sock", false);
        writeConfig("{\"auths\":{},\"currentContext\":\"colima\"}");
        EngineEndpoint endpoint = resolve();
        assertThat(endpoint.host()).isEqualTo("unix:///Users/me/.colima/default/docker.sock");
        assertThat(endpoint.source()).isEqualTo("context \"colima\" (~/.docker/contexts)");
    }

    @Test
    void contextIsFoundByNameWhenFolderIsNotItsHash() throws IOException {
        Path dir = Files.createDirectories(home.resolve(".docker/contexts/meta/not-a-hash"));
        Files.writeString(dir.resolve("meta.json"),
                "{\"Name\":\"lab\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://lab:2375\"}}}");
        env.put("DOCKER_CONTEXT", "lab");
        assertThat(resolve().host()).isEqualTo("tcp://lab:2375");
    }

    @Test
    void defaultContextFallsThrough() throws IOException {
        writeConfig("{\"currentContext\":\"default\"}");
        assertThat(resolve().host()).isEqualTo("unix:///var/run/docker.sock");
        env.put("DOCKER_CONTEXT", "default");
        assertThat(resolve().host()).isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void malformedConfigJsonIsIgnored() throws IOException {
        writeConfig("{ not json");
        assertThat(resolve().source()).isEqualTo("default socket");
    }

    @Test
    void unknownContextIsAnErrorNamingContextAndFolder() {
        env.put("DOCKER_CONTEXT", "ghost");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"ghost\"")
                .hasMessageContaining("DOCKER_CONTEXT")
                .hasMessageContaining("~/.docker/contexts/meta");
    }

    @Test
    void malformedMetaJsonOfSelectedContextIsAnError() throws IOException {
        Path meta = writeContext(home.resolve(".docker"), "broken", "unix:///x.sock", false);
        Files.writeString(meta, "{\"Name\":\"broken\",");
        env.put("DOCKER_CONTEXT", "broken");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("context \"broken\"")
                .hasMessageContaining("could not be read");
    }

    @Test
    void contextWithSshHostIsRefused() throws IOException {
        writeContext(home.resolve(".docker"), "remote", "ssh://me@remote", false);
        env.put("DOCKER_CONTEXT", "remote");
        assertThatThrownBy(this::resolve).hasMessageStartingWith("context \"remote\" uses ssh://");
    }

    @Test
    void dockerConfigOverridesConfigFolder() throws IOException {
        Path configDir = home.resolve("elsewhere");
        writeContext(configDir, "staging", "tcp://staging:2375", false);
        Files.writeString(configDir.resolve("config.json"), "{\"currentContext\":\"staging\"}");
        writeConfig("{\"currentContext\":\"ignored\"}");
        env.put("DOCKER_CONFIG", configDir.toString());
        EngineEndpoint endpoint = resolve();
        assertThat(endpoint.host()).isEqualTo("tcp://staging:2375");
        assertThat(endpoint.source()).isEqualTo("context \"staging\" (~/elsewhere/contexts)");
    }

    @Test
    void contextTlsFolderEnablesTls() throws IOException {
        writeContext(home.resolve(".docker"), "prod", "tcp://prod:2376", false);
        env.put("DOCKER_CONTEXT", "prod");
        assertThat(resolve().tls()).as("no TLS folder yet").isNull();

        Path tlsDir = Files.createDirectories(
                home.resolve(".docker/contexts/tls").resolve(EndpointResolver.sha256("prod")).resolve("docker"));
        for (String file : new String[] {"ca.pem", "cert.pem", "key.pem"}) {
            Files.writeString(tlsDir.resolve(file), "pem");
        }
        env.put("DOCKER_TLS_VERIFY", "0"); // env TLS settings do not apply to contexts
        assertThat(resolve().tls()).isEqualTo(new TlsSettings(true, tlsDir.toString()));

        writeContext(home.resolve(".docker"), "prod", "tcp://prod:2376", true);
        assertThat(resolve().tls()).isEqualTo(new TlsSettings(false, tlsDir.toString()));
    }

    // --- Docker Desktop sockets and defaults ---

    @Test
    void desktopSocketsArePreferredOverVarRunNewestFirst() {
        Path desktop = home.resolve(".docker/run/docker.sock");
        socketExists = Set.of(desktop, home.resolve(".docker/desktop/docker.sock"))::contains;
        assertThat(resolve().describe()).isEqualTo("unix://" + desktop + " (Docker Desktop socket)");

        Path older = home.resolve(".docker/desktop/docker.sock");
        socketExists = older::equals;
        assertThat(resolve().host()).isEqualTo("unix://" + older);
    }

    @Test
    void windowsDefaultsToNamedPipeAndIgnoresUnixSockets() {
        socketExists = path -> true;
        assertThat(resolveOnWindows().describe()).isEqualTo("npipe:////./pipe/docker_engine (default named pipe)");
    }

    @Test
    void sha256MatchesTheCliFolderNames() {
        // The folder Docker Desktop installs create under ~/.docker/contexts/meta for "desktop-linux".
        assertThat(EndpointResolver.sha256("desktop-linux"))
                .isEqualTo("fe9c6bd7a66301f49ca9b6a70b217107cd1284598bfc254700c989b916da791e");
    }
}
