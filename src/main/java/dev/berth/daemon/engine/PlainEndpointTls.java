package dev.berth.daemon.engine;

import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.transport.SSLConfig;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import java.security.SecureRandom;

/**
 * The TLS settings of a unix socket or a named pipe, which have none. docker-java's transport asks for an
 * {@link SSLContext} even then, and given none it makes the JDK's default one: the system's CA certificates read
 * and parsed, 90–110 ms of a cold JVM's CPU at every start. This one is never initialised and refuses to be used.
 * (Over TCP the transport takes a context to mean HTTPS, so a plain TCP endpoint keeps none.)
 */
final class PlainEndpointTls implements SSLConfig {
    private static final PlainEndpointTls INSTANCE = new PlainEndpointTls();

    private PlainEndpointTls() {
    }

    /** The configured TLS settings, or this one for a unix socket or a named pipe. */
    static SSLConfig orTheConfigured(DockerClientConfig config) {
        String scheme = config.getDockerHost().getScheme();
        boolean local = "unix".equals(scheme) || "npipe".equals(scheme);
        return config.getSSLConfig() == null && local ? INSTANCE : config.getSSLConfig();
    }

    @Override
    public SSLContext getSSLContext() {
        return new Unusable();
    }

    private static final class Unusable extends SSLContext {
        Unusable() {
            super(new Refusing(), null, "none");
        }
    }

    private static final class Refusing extends SSLContextSpi {
        private static IllegalStateException refused() {
            return new IllegalStateException("This engine endpoint does not use TLS");
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }
}
