package dev.berth.daemon;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VolumeCommandsTest {

    @Test
    void createNamesOnlyWhatDiffersFromTheDefaults() {
        assertThat(VolumeCommands.create(new VolumeSpec("", null, Map.of(), Map.of())))
                .isEqualTo("docker volume create");
        assertThat(VolumeCommands.create(new VolumeSpec(" data ", "local", Map.of("type", "tmpfs", "o", "size=64m"),
                Map.of("team", "shop floor")))).isEqualTo("docker volume create --opt o=size=64m --opt type=tmpfs"
                + " --label 'team=shop floor' data");
        assertThat(VolumeCommands.create(new VolumeSpec("nfs-data", "rexray/ebs", Map.of(), Map.of())))
                .isEqualTo("docker volume create --driver rexray/ebs nfs-data");
    }

    @Test
    void removeInspectAndSizes() {
        assertThat(VolumeCommands.remove(List.of("a", "b c"))).isEqualTo("docker volume rm a 'b c'");
        assertThat(VolumeCommands.inspect("data")).isEqualTo("docker volume inspect data");
        assertThat(VolumeCommands.sizes()).isEqualTo("docker system df -v");
    }

    @Test
    void backUpRestoreAndDownloadAreTheBusyboxTarLines() {
        Path archive = Path.of("/home/me/backups/data 1.tar.gz");
        assertThat(VolumeCommands.backUp("data", archive)).isEqualTo("docker run --rm -v data:/volume:ro"
                + " -v /home/me/backups:/backup busybox tar czf '/backup/data 1.tar.gz' -C /volume .");
        assertThat(VolumeCommands.restore(archive, "copy")).isEqualTo("docker run --rm -v copy:/volume"
                + " -v /home/me/backups:/backup:ro busybox tar xzf '/backup/data 1.tar.gz' -C /volume");
        assertThat(VolumeCommands.download("data", "logs/app.log", Path.of("/tmp/out"))).isEqualTo(
                "docker run --rm -v data:/volume:ro -v /tmp/out:/out busybox cp -a /volume/logs/app.log /out/");
    }
}
