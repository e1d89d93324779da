package dev.berth.daemon.engine;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.transport.SSLConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainEndpointTlsTest {

    @Test
    void aUnixSocketGetsAContextThatIsNeverInitialisedAndRefusesTls() throws Exception {
        SSLConfig tls = PlainEndpointTls.orTheConfigured(config("unix:///var/run/docker.sock").build());

        assertThat(tls).isNotNull();
        assertThatThrownBy(() -> tls.getSSLContext().getSocketFactory())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not use TLS");
    }

    @Test
    void aNamedPipeToo() {
        assertThat(PlainEndpointTls.orTheConfigured(config("npipe:////./pipe/docker_engine").build())).isNotNull();
    }

    @Test
    void plainTcpKeepsNoneBecauseTheTransportTakesAContextToMeanHttps() {
        assertThat(PlainEndpointTls.orTheConfigured(config("tcp://127.0.0.1:2375").build())).isNull();
    }

    @Test
    void configuredTlsIsKept(@TempDir Path certs) {
        DefaultDockerClientConfig verified = config("tcp://127.0.0.1:2376").withDockerTlsVerify(true)
                .withDockerCertPath(certs.toString()).build();

        assertThat(PlainEndpointTls.orTheConfigured(verified)).isSameAs(verified.getSSLConfig()).isNotNull();
    }

    private static DefaultDockerClientConfig.Builder config(String host) {
        return DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host);
    }
}
