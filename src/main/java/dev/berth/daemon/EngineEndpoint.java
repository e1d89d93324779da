package dev.berth.daemon;

import java.util.Objects;

/**
 * Where the Docker Engine is expected to listen, as resolved from the environment.
 *
 * @param host   a docker host URI as docker-java's {@code withDockerHost} accepts it
 *               ({@code unix:///var/run/docker.sock}, {@code tcp://h:2376}, {@code npipe:////./pipe/docker_engine})
 * @param source a short phrase saying where the address came from, e.g. {@code DOCKER_HOST}
 * @param tls    TLS settings for tcp hosts, or {@code null} for a plain connection
 */
public record EngineEndpoint(String host, String source, TlsSettings tls) {

    public EngineEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
    }

    /**
     * TLS settings. docker-java keeps the host as {@code tcp://} and takes these separately
     * ({@code withDockerTlsVerify}, {@code withDockerCertPath}).
     *
     * @param verify   whether the daemon's certificate must be verified
     * @param certPath folder holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}, or null if none
     */
    public record TlsSettings(boolean verify, String certPath) {
    }

    public boolean usesTls() {
        return tls != null;
    }

    /** For the UI, e.g. {@code unix:///var/run/docker.sock (default socket)}. */
    public String describe() {
        String secured = tls == null ? "" : tls.verify() ? ", TLS" : ", TLS without verification";
        return host + " (" + source + secured + ")";
    }
}
