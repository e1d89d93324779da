package dev.berth.daemon;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.ExposedPorts;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.volumes.VolumeHelper;
import dev.berth.testing.EngineRequired;
import dev.berth.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dev.berth.testing.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

/** The image, network and volume lists, and an image's exposed ports, against the real engine. */
@ExtendWith(EngineRequired.class)
class ResourceListsIT {
    private GatewayFixture fixture;

    @BeforeEach
    void connect() {
        fixture = GatewayFixture.connect();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void imagesAreListedWithTheirTagsSizeAndAge() {
        var images = done(fixture.gateway.images().list());

        assertThat(images).anySatisfy(image -> {
            assertThat(image.repoTags()).contains(TestEngine.IMAGE);
            assertThat(image.id()).startsWith("sha256:");
            assertThat(image.size()).isPositive();
            assertThat(image.created()).isBefore(Instant.now()).isAfter(Instant.parse("2000-01-01T00:00:00Z"));
        });
        assertThat(images).allSatisfy(image -> assertThat(image.repoTags()).doesNotContain("<none>:<none>"));
    }

    @Test
    void berthsOwnHelperContainersAreLeftOutOfTheContainerList() {
        String mine = fixture.engine.createContainer(TestEngine.uniqueName("listed"), "true");
        String helper = fixture.client().createContainerCmd(TestEngine.IMAGE).withName(TestEngine.uniqueName("helper"))
                .withLabels(Map.of(TestEngine.TEST_LABEL, "true", VolumeHelper.LABEL, "true")).withCmd("true").exec()
                .getId();
        fixture.engine.removeAtTheEnd(helper);

        var ids = done(fixture.gateway.containers().list()).stream().map(ContainerSummary::id).toList();

        assertThat(ids).contains(mine).doesNotContain(helper);
    }

    @Test
    void exposedPortsOfALocalImageAreSortedByNumberAndAMissingImageHasNone() {
        String container = fixture.engine.createContainer(TestEngine.uniqueName("expose"), "true");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String reference = "berth-test/exposed:" + tag;
        fixture.removeImageAtTheEnd(reference);
        fixture.client().commitCmd(container).withRepository("berth-test/exposed").withTag(tag)
                .withLabels(GatewayFixture.TEST_LABELS)
                .withExposedPorts(new ExposedPorts(ExposedPort.tcp(443), ExposedPort.tcp(80), ExposedPort.udp(53)))
                .exec();

        assertThat(done(fixture.gateway.images().exposedPorts(reference))).containsExactly("53/udp", "80/tcp",
                "443/tcp");
        assertThat(done(fixture.gateway.images().exposedPorts(TestEngine.IMAGE))).isEmpty();
        assertThat(done(fixture.gateway.images().exposedPorts("berth-test/not-here:" + tag))).isEmpty();
    }

    @Test
    void networksAreListedWithTheOnesThisTestMade() {
        String network = fixture.network("list-net");

        assertThat(done(fixture.gateway.networks().list())).anySatisfy(summary -> {
            assertThat(summary.name()).isEqualTo(network);
            assertThat(summary.driver()).isEqualTo("bridge");
            assertThat(summary.scope()).isEqualTo("local");
            assertThat(summary.id()).isNotBlank();
        }).anySatisfy(summary -> assertThat(summary.name()).isEqualTo("bridge"));
    }

    @Test
    void volumesAreListedWithTheOnesThisTestMade() {
        String volume = fixture.volume("list-vol");

        assertThat(done(fixture.gateway.volumes().list())).anySatisfy(summary -> {
            assertThat(summary.name()).isEqualTo(volume);
            assertThat(summary.driver()).isEqualTo("local");
            assertThat(summary.mountpoint()).endsWith("/" + volume + "/_data");
        });
    }
}
