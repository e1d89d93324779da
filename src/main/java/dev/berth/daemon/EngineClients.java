package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The two docker-java clients of one connection, both pinned to the negotiated API version: {@code control} for
 * short calls, {@code streams} for long-lived streams (events, logs, stats), so streams never take the connections
 * that clicks need.
 */
final class EngineClients implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CONTROL_TIMEOUT = Duration.ofMinutes(3);

    final DockerClient control;
    final DockerClient streams;
    final EngineInfo info;
    private final DockerHttpClient controlTransport;

    private EngineClients(DockerClient control, DockerHttpClient controlTransport, DockerClient streams,
                          EngineInfo info) {
        this.control = control;
        this.controlTransport = controlTransport;
        this.streams = streams;
        this.info = info;
    }

    /** Asks the engine for its version range (unversioned, as the CLI does), then pins both clients. */
    static EngineClients open(EngineEndpoint endpoint) throws IOException {
        Version version;
        DefaultDockerClientConfig unpinned = config(endpoint, null);
        try (DockerClient probe = client(unpinned, 1, PROBE_TIMEOUT)) {
            version = probe.versionCmd().exec();
        }
        String api = ApiVersions.negotiate(version.getApiVersion(), version.getMinAPIVersion(), ApiVersions.CLIENT_MAX);
        DefaultDockerClientConfig pinned = config(endpoint, api);
        EngineInfo info = new EngineInfo(endpoint, version.getVersion(), api, version.getOperatingSystem(),
                version.getArch());
        DockerHttpClient controlTransport = transport(pinned, 8, CONTROL_TIMEOUT);
        return new EngineClients(DockerClientImpl.getInstance(pinned, controlTransport), controlTransport,
                client(pinned, 64, null), info);
    }

    /**
     * A GET on the control connection that answers the engine's own JSON text, for views that show the engine's
     * answer as it is ({@code docker inspect}) rather than docker-java's model of it.
     *
     * @param path below the version prefix, already encoded: "/containers/web/json"
     */
    String getJson(String path) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/v" + info.apiVersion() + path).build();
        try (DockerHttpClient.Response response = controlTransport.execute(request)) {
            String body;
            try (InputStream in = response.getBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = response.getStatusCode();
            if (status == 404) {
                throw new NotFoundException(body);
            }
            if (status >= 400) {
                throw new DockerException(body, status);
            }
            return body;
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
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
                .sslConfig(config.getSSLConfig())
                .maxConnections(connections)
                .connectionTimeout(CONNECT_TIMEOUT);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return http.build();
    }

    @Override
    public void close() {
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
