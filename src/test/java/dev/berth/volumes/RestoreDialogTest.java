package dev.berth.volumes;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RestoreDialogTest {

    @Test
    void theSuggestedVolumeIsNamedAfterTheArchiveAndIsFree() {
        assertThat(RestoreDialog.suggestedName(Path.of("/b/pgdata-20261201-1830.tar.gz"), List.of()))
                .isEqualTo("pgdata-20261201-1830-restored");
        assertThat(RestoreDialog.suggestedName(Path.of("my backup.tgz"), List.of("my-backup-restored")))
                .isEqualTo("my-backup-restored-2");
        assertThat(RestoreDialog.suggestedName(Path.of("__.tar.gz"), List.of())).isEqualTo("volume-restored");
        assertThat(VolumeNames.problem(RestoreDialog.suggestedName(Path.of("ü.tar"), List.of()), false, List.of()))
                .isEmpty();
    }
}
