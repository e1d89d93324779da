package dev.berth.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Network;
import dev.berth.daemon.images.DockerImageOperations;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.daemon.networks.DockerNetworkOperations;
import dev.berth.daemon.networks.NetworkSummary;
import dev.berth.daemon.volumes.VolumeJson;
import dev.berth.daemon.volumes.VolumeSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceSummariesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anImageRowDropsTheNoneTag() throws Exception {
        Image tagged = JSON.readValue("{\"Id\":\"sha256:1\",\"RepoTags\":[\"web:1\",\"web:latest\"],\"Size\":2048,"
                + "\"Created\":1732761600}", Image.class);
        Image dangling = JSON.readValue("{\"Id\":\"sha256:2\",\"RepoTags\":[\"<none>:<none>\"]}", Image.class);

        assertThat(DockerImageOperations.toSummary(tagged)).isEqualTo(new ImageSummary("sha256:1",
                java.util.List.of("web:1", "web:latest"), 2048, Instant.ofEpochSecond(1732761600)));
        assertThat(DockerImageOperations.toSummary(dangling).repoTags()).isEmpty();
        assertThat(DockerImageOperations.toSummary(JSON.readValue("{\"Id\":\"sha256:3\"}", Image.class)))
                .isEqualTo(new ImageSummary("sha256:3", java.util.List.of(), 0, Instant.EPOCH));
    }

    @Test
    void exposedPortsAreSortedByNumber() throws Exception {
        ContainerConfig config = JSON.readValue("{\"ExposedPorts\":{\"8080/tcp\":{},\"443/tcp\":{},\"53/udp\":{},"
                + "\"53/tcp\":{}}}", ContainerConfig.class);

        assertThat(DockerImageOperations.declaredPorts(config)).containsExactly("53/tcp", "53/udp", "443/tcp",
                "8080/tcp");
        assertThat(DockerImageOperations.declaredPorts(new ContainerConfig())).isEmpty();
        assertThat(DockerImageOperations.declaredPorts(null)).isEmpty();
    }

    @Test
    void networkAndVolumeRows() throws Exception {
        Network network = JSON.readValue("{\"Id\":\"n1\",\"Name\":\"shop\",\"Driver\":\"bridge\",\"Scope\":\"local\"}",
                Network.class);
        String volume = "{\"Name\":\"data\",\"Driver\":\"local\","
                + "\"Mountpoint\":\"/var/lib/docker/volumes/data/_data\"}";

        assertThat(DockerNetworkOperations.toSummary(network)).isEqualTo(new NetworkSummary("n1", "shop", "bridge",
                "local"));
        assertThat(VolumeJson.volume(volume)).isEqualTo(new VolumeSummary("data", "local",
                "/var/lib/docker/volumes/data/_data"));
    }
}
