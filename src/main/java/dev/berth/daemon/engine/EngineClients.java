package dev.berth.daemon.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.berth.daemon.ApiVersions;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.daemon.EngineInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The two docker-java clients of one connection, both pinned to the negotiated API version: {@code control} for
 * short calls, {@code streams} for long-lived streams (events, logs, stats), so streams never take the connections
 * that clicks need. Each has a transport of its own, which also answers the few requests that Berth reads itself
 * ({@link #getJson}, {@link #openStream}).
 */
public final class EngineClients implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CONTROL_TIMEOUT = Duration.ofMinutes(3);

    public final DockerClient control;
    public final DockerClient streams;
    public final EngineInfo info;
    private final DockerHttpClient controlTransport;
    private final DockerHttpClient streamTransport;
    private volatile boolean closed;

    private EngineClients(DockerClient control, DockerHttpClient controlTransport, DockerClient streams,
                          DockerHttpClient streamTransport, EngineInfo info) {
        this.control = control;
        this.controlTransport = controlTransport;
        this.streams = streams;
        this.streamTransport = streamTransport;
        this.info = info;
    }

    /** Asks the engine for its version range (unversioned, as the CLI does), then pins both clients. */
    public static EngineClients open(EngineEndpoint endpoint) throws IOException {
        JsonNode version;
        DefaultDockerClientConfig unpinned = config(endpoint, null);
        // read as a tree: docker-java's model of the answer costs a cold JVM the set-up of its bean reader
        try (DockerHttpClient probe = transport(unpinned, 1, PROBE_TIMEOUT);
             DockerHttpClient.Response response = accepted(probe, DockerHttpClient.Request.builder()
                     .method(DockerHttpClient.Request.Method.GET).path("/version").build());
             InputStream in = response.getBody()) {
            version = EngineJson.tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String api = ApiVersions.negotiate(version.path("ApiVersion").asText(null),
                version.path("MinAPIVersion").asText(null), ApiVersions.CLIENT_MAX);
        DefaultDockerClientConfig pinned = config(endpoint, api);
        EngineInfo info = new EngineInfo(endpoint, version.path("Version").asText(null), api,
                version.path("Os").asText(null), version.path("Arch").asText(null));
        DockerHttpClient controlTransport = transport(pinned, 8, CONTROL_TIMEOUT);
        DockerHttpClient streamTransport = transport(pinned, 64, null);
        return new EngineClients(DockerClientImpl.getInstance(pinned, controlTransport), controlTransport,
                DockerClientImpl.getInstance(pinned, streamTransport), streamTransport, info);
    }

    /**
     * Asks the engine at {@code endpoint} for {@code /_ping} on a connection of its own, which the calls in flight
     * do not hold up; throws when no answer comes within a few seconds.
     */
    public static void ping(EngineEndpoint endpoint) throws IOException {
        try (DockerClient probe = client(config(endpoint, null), 1, PING_TIMEOUT)) {
            probe.pingCmd().exec();
        }
    }

    /**
     * A GET on the control connection that answers the engine's own JSON text, for views that show the engine's
     * answer as it is ({@code docker inspect}) rather than docker-java's model of it.
     *
     * @param path below the version prefix, already encoded: "/containers/web/json"
     */
    public String getJson(String path) {
        try (DockerHttpClient.Response response = accepted(controlTransport, get(path))) {
            try (InputStream in = response.getBody()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** Like {@link #getJson}, the answer read straight into a JSON tree: a long list is never held as text. */
    public JsonNode getTree(String path) {
        try (DockerHttpClient.Response response = accepted(controlTransport, get(path));
             InputStream in = response.getBody()) {
            return EngineJson.tree(in);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /**
     * A POST on the control connection with a JSON body (or none when {@code json} is null), answering the engine's
     * reply as text ("" when it has none), for the calls whose body Berth writes itself because docker-java's model of
     * it lacks fields (a container's endpoints on several networks, capabilities by name, IPAM drivers).
     *
     * @param path below the version prefix, already encoded: "/containers/create?name=web"
     */
    public String postJson(String path, String json) {
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST).path("/v" + info.apiVersion() + path);
        if (json != null) {
            request.putHeader("Content-Type", "application/json")
                    .bodyBytes(json.getBytes(StandardCharsets.UTF_8));
        }
        try (DockerHttpClient.Response response = accepted(controlTransport, request.build());
             InputStream in = response.getBody()) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /**
     * A GET on the stream connection whose body the caller reads as it comes (a followed log), and closes; closing
     * it from another thread ends a read that waits. A refusal throws as docker-java's calls do.
     *
     * @param path below the version prefix, already encoded: "/containers/web/logs?follow=1"
     */
    public DockerHttpClient.Response openStream(String path) {
        return accepted(streamTransport, get(path));
    }

    /**
     * Like {@link #openStream}, for a large body read to its end (a container's archive): over a unix socket it has a
     * connection of its own read by the JDK ({@link UnixSocketGet}), several times faster than docker-java's
     * transport; other endpoints use the stream connection.
     */
    public DockerHttpClient.Response openBulk(String path) {
        String host = info.endpoint().host();
        if (!host.startsWith("unix://")) {
            return openStream(path);
        }
        UnixSocketGet response;
        try {
            response = UnixSocketGet.open(java.nio.file.Path.of(host.substring("unix://".length())),
                    "/v" + info.apiVersion() + path);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return accepted(response);
    }

    private DockerHttpClient.Request get(String path) {
        return DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET)
                .path("/v" + info.apiVersion() + path).build();
    }

    /** The engine's answer if it accepted the request; else its JSON refusal as the exception docker-java throws. */
    private static DockerHttpClient.Response accepted(DockerHttpClient transport, DockerHttpClient.Request request) {
        return accepted(transport.execute(request));
    }

    private static DockerHttpClient.Response accepted(DockerHttpClient.Response response) {
        int status = response.getStatusCode();
        if (status / 100 == 2) {
            return response;
        }
        String body;
        try (response; InputStream in = response.getBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        throw switch (status) {
            case 304 -> new NotModifiedException(body);
            case 404 -> new NotFoundException(body);
            case 409 -> new ConflictException(body);
            default -> new DockerException(body, status);
        };
    }

    private static DefaultDockerClientConfig config(EngineEndpoint endpoint, String apiVersion) {
        DefaultDockerClientConfig.Builder builder = new DefaultDockerClientConfig.Builder()
                .withDockerHost(endpoint.host())
                .withDockerTlsVerify(endpoint.usesTls() && endpoint.tls().verify());
        if (endpoint.usesTls() && endpoint.tls().certPath() != null) {
            builder.withDockerCertPath(endpoint.tls().certPath());
        }
        if (apiVersion != null) {
            builder.withApiVersion(apiVersion);
        }
        return builder.build();
    }

    private static DockerClient client(DefaultDockerClientConfig config, int connections, Duration responseTimeout) {
        return DockerClientImpl.getInstance(config, transport(config, connections, responseTimeout));
    }

    private static DockerHttpClient transport(DefaultDockerClientConfig config, int connections,
                                              Duration responseTimeout) {
        ZerodepDockerHttpClient.Builder http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(config.getDockerHost().toString()))
                .sslConfig(PlainEndpointTls.orTheConfigured(config))
                .maxConnections(connections)
                .connectionTimeout(CONNECT_TIMEOUT);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return http.build();
    }

    /** Whether this connection was closed: what was still under way on it ended because of that. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(streams);
        closeQuietly(control);
    }

    private static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // Closing a connection that is already gone has nothing left to release.
        }
    }
}
