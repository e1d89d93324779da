package dev.berth.images.transfer;

import dev.berth.daemon.images.ProgressMessage;
import dev.berth.images.transfer.LayerProgress.Layer;
import dev.berth.images.transfer.LayerProgress.Phase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The messages in the order and words the engine sends them (recorded from Docker Engine 20.10). */
class LayerProgressTest {
    private final LayerProgress progress = new LayerProgress();

    private void say(String layer, String status) {
        progress.apply(ProgressMessage.of(layer, status));
    }

    private void bytes(String layer, String status, long current, long total) {
        progress.apply(new ProgressMessage(layer, status, current, total));
    }

    private Layer layer(String id) {
        return progress.layers().stream().filter(layer -> layer.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void followsEachLayerOfAPullThroughDownloadAndExtraction() {
        say("v1", "Pulling from berth-test/big");
        say("aaa", "Pulling fs layer");
        say("bbb", "Pulling fs layer");
        say("ccc", "Already exists");
        assertThat(progress.imageStatus()).isEqualTo("Pulling from berth-test/big");
        assertThat(progress.layers()).extracting(Layer::id).containsExactly("aaa", "bbb", "ccc");
        assertThat(layer("aaa").phase()).isEqualTo(Phase.WAITING);
        assertThat(layer("ccc").isFinished()).isTrue();
        assertThat(progress.overallFraction()).isCloseTo(1 / 3.0, within(1e-9));

        bytes("aaa", "Downloading", 1_000_000, 4_000_000);
        bytes("bbb", "Downloading", 500_000, 1_000_000);
        assertThat(layer("aaa").fraction()).isEqualTo(0.25);
        assertThat(layer("aaa").bytesText()).isEqualTo("1MB / 4MB");
        assertThat(progress.bytesDone()).isEqualTo(1_500_000);
        assertThat(progress.bytesTotal()).isEqualTo(5_000_000);
        assertThat(progress.summary()).isEqualTo("1 of 3 layers · 1.5MB of 5MB");

        say("bbb", "Verifying Checksum");
        say("bbb", "Download complete");
        assertThat(progress.bytesDone()).isEqualTo(2_000_000);
        bytes("bbb", "Extracting", 2_000_000, 4_000_000);
        assertThat(layer("bbb").phase()).isEqualTo(Phase.EXTRACTING);
        assertThat(layer("bbb").fraction()).isEqualTo(0.5);
        say("bbb", "Pull complete");
        assertThat(layer("bbb").isFinished()).isTrue();

        double before = progress.overallFraction();
        bytes("aaa", "Downloading", 4_000_000, 4_000_000);
        say("aaa", "Download complete");
        bytes("aaa", "Extracting", 2_000_000, 4_000_000);
        assertThat(progress.overallFraction()).isGreaterThan(before).isLessThan(1);
        say("aaa", "Pull complete");
        say(null, "Digest: sha256:0123");
        say(null, "Status: Downloaded newer image for 127.0.0.1:5000/berth-test/big:v1");
        assertThat(progress.overallFraction()).isEqualTo(1);
        assertThat(progress.layersFinished()).isEqualTo(3);
        assertThat(progress.imageStatus()).startsWith("Status: Downloaded newer image");
    }

    @Test
    void bytesNeverRunBackwardsOnARepeatedOrLateMessage() {
        bytes("aaa", "Downloading", 3_000, 10_000);
        bytes("aaa", "Downloading", 2_000, 10_000);
        assertThat(layer("aaa").current()).isEqualTo(3_000);
    }

    @Test
    void followsAPush() {
        say(null, "The push refers to repository [127.0.0.1:5000/berth-test/big]");
        say("aaa", "Preparing");
        say("bbb", "Preparing");
        say("aaa", "Waiting");
        bytes("bbb", "Pushing", 512, 2_048);
        say("aaa", "Layer already exists");
        assertThat(layer("bbb").phase()).isEqualTo(Phase.PUSHING);
        assertThat(progress.overallFraction()).isEqualTo((1 + 0.25) / 2);
        say("bbb", "Pushed");
        say("v1", "v1: digest: sha256:0123 size: 739");
        assertThat(progress.layers()).extracting(Layer::phase).containsExactly(Phase.EXISTS, Phase.DONE);
        assertThat(progress.overallFraction()).isEqualTo(1);
        assertThat(progress.imageStatus()).isEqualTo("v1: digest: sha256:0123 size: 739");
    }

    @Test
    void unknownSizesAreIndeterminateNotZero() {
        assertThat(progress.overallFraction()).isEqualTo(-1);
        say("aaa", "Downloading");
        assertThat(layer("aaa").fraction()).isEqualTo(-1);
        assertThat(layer("aaa").bytesText()).isEmpty();
        say("aaa", "Retrying in 5 seconds");
        assertThat(layer("aaa").status()).isEqualTo("Retrying in 5 seconds");
    }
}
