package dev.berth.daemon.images;

import dev.berth.daemon.DaemonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CLI's places for logins. The helper tests run a real {@code docker-credential-berthtest} program (a shell
 * script written here) over the real helper protocol: "get" as argument, the server on stdin, JSON on stdout.
 */
class RegistryCredentialsTest {
    @TempDir
    Path home;
    @TempDir
    Path bin;

    private RegistryCredentials credentials() {
        return new RegistryCredentials(home, List.of(bin));
    }

    private void config(String json) throws IOException {
        Files.writeString(home.resolve("config.json"), json);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A helper that answers for one server and says "not found" for others; it logs the server it was asked. */
    private void helper(String name, String server, String username, String secret) throws IOException {
        Path script = bin.resolve("docker-credential-" + name);
        Files.writeString(script, """
                #!/bin/sh
                [ "$1" = get ] || exit 2
                read -r server
                echo "$server" >> "%s"
                if [ "$server" = "%s" ]; then
                  printf '{"ServerURL":"%%s","Username":"%s","Secret":"%s"}\\n' "$server"
                else
                  echo "credentials not found in native keychain"; exit 1
                fi
                """.formatted(bin.resolve("asked.log"), server, username, secret));
        assertThat(script.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void noConfigMeansAnonymous() {
        assertThat(credentials().lookup("registry.example.com")).isEmpty();
    }

    @Test
    void readsBase64AuthFromAuthsWhateverTheKeyLooksLike() throws IOException {
        config("""
                {"auths": {
                  "https://registry.example.com/v2/": {"auth": "%s"},
                  "https://index.docker.io/v1/": {"auth": "%s"}
                }}""".formatted(base64("me:s3cret:with-colon"), base64("hubber:hubpass")));
        var login = credentials().lookup("registry.example.com").orElseThrow();
        assertThat(login.username()).isEqualTo("me");
        assertThat(login.secret()).isEqualTo("s3cret:with-colon");
        assertThat(login.isToken()).isFalse();
        assertThat(login.toString()).doesNotContain("s3cret");
        var hub = credentials().lookup("docker.io").orElseThrow();
        assertThat(hub.username()).isEqualTo("hubber");
        assertThat(hub.serverAddress()).isEqualTo("https://index.docker.io/v1/");
        assertThat(credentials().lookup("other.example.com")).isEmpty();
    }

    @Test
    void anIdentityTokenWinsOverThePassword() throws IOException {
        config("""
                {"auths": {"127.0.0.1:5000": {"auth": "%s", "identitytoken": "tok-123"}}}"""
                .formatted(base64("me:unused")));
        var login = credentials().lookup("127.0.0.1:5000").orElseThrow();
        assertThat(login.isToken()).isTrue();
        assertThat(login.secret()).isEqualTo("tok-123");
    }

    @Test
    void aBrokenAuthEntryIsASentence() throws IOException {
        config("{\"auths\": {\"reg.example.com\": {\"auth\": \"%%%\"}}}");
        assertThatThrownBy(() -> credentials().lookup("reg.example.com")).isInstanceOf(DaemonException.class)
                .hasMessage("The saved login for reg.example.com in config.json is not valid base64.");
    }

    @Test
    void asksTheCredentialHelperOfThatRegistry() throws IOException {
        helper("berthtest", "reg.example.com:5000", "robot", "helper-secret");
        config("""
                {"auths": {"reg.example.com:5000": {}}, "credHelpers": {"reg.example.com:5000": "berthtest"}}""");
        var login = credentials().lookup("reg.example.com:5000").orElseThrow();
        assertThat(login.username()).isEqualTo("robot");
        assertThat(login.secret()).isEqualTo("helper-secret");
        assertThat(Files.readString(bin.resolve("asked.log"))).isEqualTo("reg.example.com:5000\n");
    }

    @Test
    void theCredsStoreServesEveryRegistryAndHubUnderItsV1Address() throws IOException {
        helper("berthtest", "https://index.docker.io/v1/", "<token>", "hub-token");
        config("{\"credsStore\": \"berthtest\"}");
        var hub = credentials().lookup("docker.io").orElseThrow();
        assertThat(hub.isToken()).isTrue();
        assertThat(hub.secret()).isEqualTo("hub-token");
        assertThat(credentials().lookup("elsewhere.example.com")).as("the store has nothing for it").isEmpty();
    }

    @Test
    void aHelperThatIsNotOnThePathIsASentence() throws IOException {
        config("{\"credsStore\": \"desktop\"}");
        assertThatThrownBy(() -> credentials().lookup("docker.io")).isInstanceOf(DaemonException.class)
                .hasMessage("config.json names the credential helper docker-credential-desktop, which is not on the"
                        + " PATH.");
    }
}
