package dev.berth.daemon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.daemon.EngineEndpoint.TlsSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Works out which Docker Engine to talk to, following the docker CLI's rules:
 * DOCKER_HOST, then the selected context (DOCKER_CONTEXT or {@code currentContext} in config.json),
 * then Docker Desktop's per-user sockets, then the platform default.
 * Nothing is connected to here; errors are {@link IllegalArgumentException}s with user-facing messages.
 */
public final class EndpointResolver {

    static final String DEFAULT_UNIX_SOCKET = "/var/run/docker.sock";
    static final String DEFAULT_NAMED_PIPE = "//./pipe/docker_engine";
    private static final String DEFAULT_CONTEXT = "default";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env;
    private final Path userHome;
    private final boolean windows;
    private final Predicate<Path> socketExists;

    public EndpointResolver(Map<String, String> env, Path userHome, boolean windows, Predicate<Path> socketExists) {
        this.env = new HashMap<>(env);
        this.userHome = userHome;
        this.windows = windows;
        this.socketExists = socketExists;
    }

    public static EndpointResolver forThisMachine() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        return new EndpointResolver(System.getenv(), Path.of(System.getProperty("user.home")), windows, Files::exists);
    }

    public EngineEndpoint resolve() {
        return fromDockerHost()
                .or(this::fromContext)
                .or(this::fromDesktopSockets)
                .orElseGet(this::platformDefault);
    }

    // --- 1. DOCKER_HOST -------------------------------------------------------------------------

    private Optional<EngineEndpoint> fromDockerHost() {
        String value = env("DOCKER_HOST");
        if (value == null) {
            return Optional.empty();
        }
        boolean verify = truthy(env("DOCKER_TLS_VERIFY"));
        boolean tlsOn = verify || truthy(env("DOCKER_TLS"));
        String host = normalise(value, "DOCKER_HOST", tlsOn);
        TlsSettings tls = null;
        if (tlsOn && host.startsWith("tcp://")) {
            String certPath = env("DOCKER_CERT_PATH");
            tls = new TlsSettings(verify, certPath != null ? certPath : configDir().toString());
        }
        return Optional.of(new EngineEndpoint(host, "DOCKER_HOST", tls));
    }

    private static boolean truthy(String value) {
        return value != null && !value.equals("0") && !value.equalsIgnoreCase("false");
    }

    /** Turns what a user may write into a URI docker-java accepts; {@code origin} names the setting in errors. */
    static String normalise(String raw, String origin, boolean tls) {
        String value = raw.trim();
        int sep = value.indexOf("://");
        if (sep < 0) {
            if (value.startsWith("/")) {
                throw new IllegalArgumentException(origin + " \"" + value + "\" is a path, not an address; did you mean unix://" + value + "?");
            }
            return "tcp://" + tcpAddress(value, tls);
        }
        String scheme = value.substring(0, sep).toLowerCase(Locale.ROOT);
        String rest = value.substring(sep + 3);
        return switch (scheme) {
            case "unix" -> "unix://" + (rest.isEmpty() ? DEFAULT_UNIX_SOCKET : rest);
            case "npipe" -> "npipe://" + (rest.isEmpty() ? DEFAULT_NAMED_PIPE : rest);
            case "tcp", "http", "https" -> "tcp://" + tcpAddress(rest, tls);
            case "ssh" -> throw new IllegalArgumentException(origin
                    + " uses ssh://, which Berth cannot use yet; set up a tcp:// or unix:// endpoint or a context");
            default -> throw new IllegalArgumentException(origin + " has an address Berth cannot use: \"" + value
                    + "\"; use unix://, tcp:// or npipe://");
        };
    }

    /** Mirrors the CLI: an empty host means localhost, a missing port means 2375 (2376 with TLS). */
    private static String tcpAddress(String hostPort, boolean tls) {
        String address = hostPort.endsWith("/") ? hostPort.substring(0, hostPort.length() - 1) : hostPort;
        if (address.startsWith(":")) {
            address = "localhost" + address;
        }
        if (address.isEmpty()) {
            address = "localhost";
        }
        boolean hasPort = address.startsWith("[") ? address.contains("]:") : address.contains(":");
        return hasPort ? address : address + ":" + (tls ? 2376 : 2375);
    }

    // --- 2. Contexts ------------------------------------------------------------------------------

    private Optional<EngineEndpoint> fromContext() {
        boolean viaEnv = env("DOCKER_CONTEXT") != null;
        String name = viaEnv ? env("DOCKER_CONTEXT") : currentContextFromConfig();
        if (name == null || name.equals(DEFAULT_CONTEXT)) {
            return Optional.empty();
        }
        Path contexts = configDir().resolve("contexts");
        String origin = "context \"" + name + "\"";
        Path metaFile = findMeta(contexts.resolve("meta"), name).orElseThrow(() -> new IllegalArgumentException(
                "Docker " + origin + " (selected by "
                        + (viaEnv ? "DOCKER_CONTEXT" : "currentContext in " + display(configDir().resolve("config.json")))
                        + ") was not found in " + display(contexts.resolve("meta"))));
        JsonNode docker;
        try {
            docker = JSON.readTree(metaFile.toFile()).path("Endpoints").path("docker");
        } catch (IOException e) {
            throw new IllegalArgumentException("The settings of Docker " + origin + " in " + display(metaFile)
                    + " could not be read: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (!docker.isObject()) {
            throw new IllegalArgumentException("Docker " + origin + " in " + display(metaFile) + " has no docker endpoint");
        }
        boolean skipVerify = docker.path("SkipTLSVerify").asBoolean(false);
        String hostValue = docker.path("Host").asText("");
        String host = hostValue.isBlank() ? platformDefault().host() : normalise(hostValue, origin, false);
        String source = origin + (viaEnv ? " via DOCKER_CONTEXT" : "") + " (" + display(contexts) + ")";
        return Optional.of(new EngineEndpoint(host, source, contextTls(contexts, name, host, skipVerify)));
    }

    private String currentContextFromConfig() {
        Path config = configDir().resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return null;
        }
        try {
            String name = JSON.readTree(config.toFile()).path("currentContext").asText("");
            return name.isBlank() ? null : name;
        } catch (IOException | RuntimeException e) {
            return null; // the CLI would complain, but a broken config.json should not stop Berth from trying the defaults
        }
    }

    private static Optional<Path> findMeta(Path metaRoot, String name) {
        Path expected = metaRoot.resolve(sha256(name)).resolve("meta.json");
        if (Files.isRegularFile(expected)) {
            return Optional.of(expected);
        }
        if (!Files.isDirectory(metaRoot)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(metaRoot, Files::isDirectory)) {
            for (Path dir : dirs) {
                Path candidate = dir.resolve("meta.json");
                if (Files.isRegularFile(candidate) && name.equals(contextName(candidate))) {
                    return Optional.of(candidate);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String contextName(Path metaFile) {
        try {
            return JSON.readTree(metaFile.toFile()).path("Name").asText(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static TlsSettings contextTls(Path contexts, String name, String host, boolean skipVerify) {
        if (!host.startsWith("tcp://")) {
            return null;
        }
        Path tlsDir = contexts.resolve("tls").resolve(sha256(name)).resolve("docker");
        if (Files.isDirectory(tlsDir)) {
            return new TlsSettings(!skipVerify, tlsDir.toString());
        }
        // As in the CLI: SkipTLSVerify without stored material still means "TLS, but trust anything".
        return skipVerify ? new TlsSettings(false, null) : null;
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    // --- 3. Docker Desktop, 4. default -------------------------------------------------------------

    private Optional<EngineEndpoint> fromDesktopSockets() {
        if (windows) {
            return Optional.empty();
        }
        for (Path socket : List.of(userHome.resolve(".docker/run/docker.sock"),
                userHome.resolve(".docker/desktop/docker.sock"))) {
            if (socketExists.test(socket)) {
                return Optional.of(new EngineEndpoint("unix://" + socket, "Docker Desktop socket", null));
            }
        }
        return Optional.empty();
    }

    private EngineEndpoint platformDefault() {
        return windows
                ? new EngineEndpoint("npipe://" + DEFAULT_NAMED_PIPE, "default named pipe", null)
                : new EngineEndpoint("unix://" + DEFAULT_UNIX_SOCKET, "default socket", null);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Path configDir() {
        String override = env("DOCKER_CONFIG");
        return override != null ? Path.of(override) : userHome.resolve(".docker");
    }

    /** Empty values count as unset, as they do for the CLI. */
    private String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String display(Path path) {
        return path.startsWith(userHome) ? "~/" + userHome.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
