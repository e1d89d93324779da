package dev.berth.daemon;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

import java.io.IOException;
import java.net.URI;
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

    private EngineClients(DockerClient control, DockerClient streams, EngineInfo info) {
        this.control = control;
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
        return new EngineClients(client(pinned, 8, CONTROL_TIMEOUT), client(pinned, 64, null), info);
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
        ZerodepDockerHttpClient.Builder http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(URI.create(config.getDockerHost().toString()))
                .sslConfig(config.getSSLConfig())
                .maxConnections(connections)
                .connectionTimeout(CONNECT_TIMEOUT);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        DockerHttpClient transport = http.build();
        return DockerClientImpl.getInstance(config, transport);
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
