package dev.berth.daemon.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.daemon.DaemonException;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the credentials for a registry where the docker CLI keeps them, read-only: {@code credHelpers} for that
 * registry, else {@code credsStore}, through the {@code docker-credential-<name> get} program on the PATH; else the
 * {@code auths} entry of {@code config.json} (base64 {@code auth} or an {@code identitytoken}). Berth never writes
 * credentials anywhere; they live in memory only for the call that needs them.
 */
public final class RegistryCredentials {
    /** The server address Docker Hub's credentials are stored under, by the CLI and every helper. */
    static final String DOCKER_HUB_SERVER = "https://index.docker.io/v1/";
    private static final String TOKEN_USERNAME = "<token>";
    private static final long HELPER_TIMEOUT_SECONDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A login for one registry; {@code secret} is a password, or an identity token when {@code isToken}. */
    public record Credential(String serverAddress, String username, String secret, boolean isToken) {
        @Override
        public String toString() {
            return "Credential[" + serverAddress + ", " + username + ", secret hidden]";
        }
    }

    private final Path configDir;
    private final List<Path> searchPath;

    /**
     * @param configDir  the folder of config.json ({@code DOCKER_CONFIG} or ~/.docker)
     * @param searchPath where {@code docker-credential-*} programs are looked for (the PATH)
     */
    public RegistryCredentials(Path configDir, List<Path> searchPath) {
        this.configDir = configDir;
        this.searchPath = List.copyOf(searchPath);
    }

    public static RegistryCredentials forThisUser() {
        Map<String, String> env = System.getenv();
        String dockerConfig = env.get("DOCKER_CONFIG");
        Path dir = dockerConfig != null && !dockerConfig.isBlank() ? Path.of(dockerConfig)
                : Path.of(System.getProperty("user.home"), ".docker");
        List<Path> path = Arrays.stream(env.getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
        return new RegistryCredentials(dir, path);
    }

    /**
     * @param registryHost "docker.io" for Docker Hub, else host[:port]
     * @return the login, or empty for an anonymous pull or push
     * @throws DaemonException when config.json names a helper that is missing or fails
     */
    public Optional<Credential> lookup(String registryHost) {
        JsonNode config = readConfig();
        if (config == null) {
            return Optional.empty();
        }
        boolean hub = ImageReference.DOCKER_HUB.equals(registryHost);
        String server = hub ? DOCKER_HUB_SERVER : registryHost;
        JsonNode helpers = config.path("credHelpers");
        String helper = helpers.path(registryHost).asText(hub ? helpers.path(DOCKER_HUB_SERVER).asText("")
                : "");
        if (helper.isEmpty()) {
            helper = config.path("credsStore").asText("");
        }
        if (!helper.isEmpty()) {
            Optional<Credential> fromHelper = askHelper(helper, server);
            if (fromHelper.isPresent()) {
                return fromHelper;
            }
        }
        return fromAuths(config.path("auths"), registryHost, server);
    }

    private JsonNode readConfig() {
        Path file = configDir.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException unreadable) {
            throw new DaemonException("Berth could not read " + file + ": " + unreadable.getMessage() + ".",
                    "Fix the JSON in that file (docker login rewrites it).", 0, unreadable);
        }
    }

    private static Optional<Credential> fromAuths(JsonNode auths, String registryHost, String server) {
        var entries = auths.fields();
        while (entries.hasNext()) {
            var entry = entries.next();
            if (!sameRegistry(entry.getKey(), registryHost)) {
                continue;
            }
            JsonNode auth = entry.getValue();
            String token = auth.path("identitytoken").asText("");
            String encoded = auth.path("auth").asText("");
            if (!token.isEmpty()) {
                String user = encoded.isEmpty() ? "" : decodeAuth(encoded, entry.getKey())[0];
                return Optional.of(new Credential(server, user, token, true));
            }
            if (!encoded.isEmpty()) {
                String[] userAndPassword = decodeAuth(encoded, entry.getKey());
                return Optional.of(new Credential(server, userAndPassword[0], userAndPassword[1], false));
            }
        }
        return Optional.empty();
    }

    private static String[] decodeAuth(String encoded, String key) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new DaemonException("The saved login for " + key + " in config.json is not valid base64.",
                    "Log in again with docker login " + key + ".");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new DaemonException("The saved login for " + key + " in config.json has no user:password.",
                    "Log in again with docker login " + key + ".");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    /** Keys may be written "https://host/v1/", "http://host" or "host"; Docker Hub has several names. */
    static boolean sameRegistry(String key, String registryHost) {
        String host = key.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        String wanted = registryHost.toLowerCase(Locale.ROOT);
        if (ImageReference.DOCKER_HUB.equals(wanted)) {
            return host.equals("docker.io") || host.equals("index.docker.io") || host.equals("registry-1.docker.io");
        }
        return host.equals(wanted);
    }

    private Optional<Credential> askHelper(String helper, String server) {
        String program = "docker-credential-" + helper;
        Path executable = findOnPath(program).orElseThrow(() -> new DaemonException(
                "config.json names the credential helper " + program + ", which is not on the PATH.",
                "Install " + program + ", or remove \"" + helper + "\" from ~/.docker/config.json."));
        try {
            Process process = new ProcessBuilder(executable.toString(), "get").redirectErrorStream(true).start();
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(server.getBytes(StandardCharsets.UTF_8));
            }
            // The answer is a few hundred bytes, well within the pipe's buffer: wait first, then read it.
            if (!process.waitFor(HELPER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new DaemonException(program + " did not answer within " + HELPER_TIMEOUT_SECONDS + " s.",
                        "Unlock your keychain or check the helper, then try again.");
            }
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                if (answer.toLowerCase(Locale.ROOT).contains("credentials not found")) {
                    return Optional.empty();
                }
                throw new DaemonException(program + " failed: " + answer + ".",
                        "Check the helper, or log in again with docker login.");
            }
            JsonNode json = JSON.readTree(answer);
            String username = json.path("Username").asText("");
            String secret = json.path("Secret").asText("");
            boolean token = TOKEN_USERNAME.equals(username);
            return Optional.of(new Credential(server, token ? "" : username, secret, token));
        } catch (IOException broken) {
            throw new DaemonException("Berth could not ask " + program + " for the login: " + broken.getMessage()
                    + ".", "Check the helper, or log in again with docker login.", 0, broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DaemonException("Asking " + program + " for the login was interrupted.", null);
        }
    }

    private Optional<Path> findOnPath(String program) {
        for (Path dir : searchPath) {
            for (String name : List.of(program, program + ".exe")) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
