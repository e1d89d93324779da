package dev.berth.daemon.files;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Downloads onto file systems that keep fewer attributes, and downloads that stop half-way. */
class HostExtractionTest {
    private static final Instant MODIFIED = Instant.parse("2026-11-30T08:00:00Z");

    /** A folder "conf" with two files, as the engine's archive of /conf sends it. */
    private static byte[] archive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry folder = new TarArchiveEntry("conf/");
            folder.setMode(040755);
            folder.setModTime(Date.from(MODIFIED));
            tar.putArchiveEntry(folder);
            tar.closeArchiveEntry();
            for (String name : List.of("a.conf", "b.conf")) {
                byte[] data = ("name=" + name).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry file = new TarArchiveEntry("conf/" + name);
                file.setSize(data.length);
                file.setMode(0100600);
                file.setModTime(Date.from(MODIFIED));
                tar.putArchiveEntry(file);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A file system like a mount the system does not list: every attribute write fails, and says so. */
    private static final class RefusingAttributes extends HostAttributes {
        final List<String> tried = new ArrayList<>();

        @Override
        void setPermissions(Path target, Set<PosixFilePermission> permissions) throws IOException {
            tried.add("permissions " + target.getFileName());
            throw new IOException("Mount point not found");
        }

        @Override
        void setModified(Path target, FileTime modified) {
            tried.add("time " + target.getFileName());
            throw new UnsupportedOperationException("no times here");
        }
    }

    @Test
    void aTargetThatKeepsNoAttributesStillGetsEveryFileAndIsAskedOnlyOnce(@TempDir Path host) throws IOException {
        RefusingAttributes refusing = new RefusingAttributes();

        Path top = HostExtraction.extract(new ByteArrayInputStream(archive()), host, -1, TransferProgress.NONE,
                refusing);

        assertThat(Files.readString(top.resolve("a.conf"))).isEqualTo("name=a.conf");
        assertThat(Files.readString(top.resolve("b.conf"))).isEqualTo("name=b.conf");
        assertThat(refusing.tried).as("a refused attribute is not tried again for every file")
                .containsExactly("permissions a.conf", "time a.conf");
    }

    @Test
    void aTargetThatKeepsThemGetsModesAndTimes(@TempDir Path host) throws IOException {
        Path top = HostExtraction.extract(new ByteArrayInputStream(archive()), host, -1, TransferProgress.NONE);

        assertThat(Files.getPosixFilePermissions(top.resolve("a.conf")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getLastModifiedTime(top).toInstant()).isEqualTo(MODIFIED);
    }

    @Test
    void aCancelledDownloadLeavesNothingBehind(@TempDir Path host) throws IOException {
        TransferProgress cancelAfterFirstChunk = new TransferProgress() {
            private boolean started;

            @Override
            public void advanced(long done, long total) {
                started = true;
            }

            @Override
            public boolean cancelled() {
                return started;
            }
        };

        assertThatThrownBy(() -> HostExtraction.extract(new ByteArrayInputStream(archive()), host, -1,
                cancelAfterFirstChunk)).isInstanceOf(CancellationException.class);

        try (Stream<Path> left = Files.list(host)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anExistingFileOfTheSameNameIsNeverReplaced(@TempDir Path host) throws IOException {
        Files.writeString(host.resolve("conf"), "mine");

        assertThatThrownBy(() -> HostExtraction.extract(new ByteArrayInputStream(archive()), host, -1,
                TransferProgress.NONE)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);

        assertThat(Files.readString(host.resolve("conf"))).isEqualTo("mine");
        try (Stream<Path> left = Files.list(host)) {
            assertThat(left).containsExactly(host.resolve("conf"));
        }
    }
}
