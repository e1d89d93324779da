package dev.berth.daemon.cli;

import dev.berth.daemon.volumes.VolumeSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeCommandLinesTest {

    @Test
    void createNamesOnlyWhatDiffersFromTheDefaults() {
        assertThat(VolumeCommandLines.create(new VolumeSpec("", null, Map.of(), Map.of())))
                .isEqualTo("docker volume create");
        assertThat(VolumeCommandLines.create(new VolumeSpec(" data ", "local", Map.of("type", "tmpfs", "o", "size=64m"),
                Map.of("team", "shop floor")))).isEqualTo("docker volume create --opt o=size=64m --opt type=tmpfs"
                + " --label 'team=shop floor' data");
        assertThat(VolumeCommandLines.create(new VolumeSpec("nfs-data", "rexray/ebs", Map.of(), Map.of())))
                .isEqualTo("docker volume create --driver rexray/ebs nfs-data");
    }

    @Test
    void removeInspectAndSizes() {
        assertThat(VolumeCommandLines.remove(List.of("a", "b c"))).isEqualTo("docker volume rm a 'b c'");
        assertThat(VolumeCommandLines.inspect("data")).isEqualTo("docker volume inspect data");
        assertThat(VolumeCommandLines.sizes()).isEqualTo("docker system df -v");
    }

    @Test
    void backUpRestoreAndDownloadAreTheBusyboxTarLines() {
        Path archive = Path.of("/home/me/backups/data 1.tar.gz");
        assertThat(VolumeCommandLines.backUp("data", archive)).isEqualTo("docker run --rm -v data:/volume:ro"
                + " -v /home/me/backups:/backup busybox tar czf '/backup/data 1.tar.gz' -C /volume .");
        assertThat(VolumeCommandLines.restore(archive, "copy")).isEqualTo("docker run --rm -v copy:/volume"
                + " -v /home/me/backups:/backup:ro busybox tar xzf '/backup/data 1.tar.gz' -C /volume");
        assertThat(VolumeCommandLines.download("data", "logs/app.log", Path.of("/tmp/out"))).isEqualTo(
                "docker run --rm -v data:/volume:ro -v /tmp/out:/out busybox cp -a /volume/logs/app.log /out/");
    }
}
