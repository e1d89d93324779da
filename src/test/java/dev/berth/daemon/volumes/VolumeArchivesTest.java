package dev.berth.daemon.volumes;

import dev.berth.daemon.files.ArchiveListing;
import dev.berth.daemon.files.FileEntry;
import dev.berth.daemon.files.HostExtraction;
import dev.berth.daemon.files.TransferProgress;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tar side of browsing, downloading and backing up, on archives shaped like the engine's. */
class VolumeArchivesTest {
    private static final Instant MODIFIED = Instant.parse("2026-11-30T08:00:00Z");

    /** A tar like GET /containers/{id}/archive?path=/berth-volume answers. */
    private static byte[] engineArchive(String root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            folder(tar, root + "/", 0755);
            folder(tar, root + "/logs/", 0750);
            file(tar, root + "/logs/app.log", "0123456789", 0640);
            folder(tar, root + "/logs/old/", 0755);
            file(tar, root + "/logs/old/" + "x".repeat(120) + ".log", "abc", 0644);
            file(tar, root + "/a.txt", "hello", 0600);
            TarArchiveEntry link = new TarArchiveEntry(root + "/home", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("logs/app.log");
            link.setModTime(Date.from(MODIFIED));
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry(root + "/a-again.txt", TarArchiveEntry.LF_LINK);
            hard.setLinkName(root + "/a.txt");
            hard.setModTime(Date.from(MODIFIED));
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static void folder(TarArchiveOutputStream tar, String name, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040000 | mode);
        entry.setModTime(Date.from(MODIFIED));
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, String content, int mode) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(data.length);
        entry.setMode(0100000 | mode);
        entry.setUserId(1234);
        entry.setUserName("");
        entry.setGroupName("");
        entry.setModTime(Date.from(MODIFIED));
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    @Test
    void theChildrenOfAFolderComeFoldersFirstWithTheirTotalSize() throws IOException {
        List<FileEntry> root = ArchiveListing.children(new ByteArrayInputStream(engineArchive("berth-volume")), "",
                TransferProgress.NONE);

        assertThat(root).extracting(FileEntry::path).containsExactly("logs", "a-again.txt", "a.txt", "home");
        assertThat(root.get(0)).extracting(FileEntry::kind, FileEntry::size, FileEntry::modified, FileEntry::mode)
                .containsExactly(FileEntry.Kind.FOLDER, 13L, MODIFIED, 0750);
        assertThat(root.get(2)).extracting(FileEntry::kind, FileEntry::size, FileEntry::mode, FileEntry::owner)
                .containsExactly(FileEntry.Kind.FILE, 5L, 0600, new FileEntry.Owner(1234, 0, "", ""));
        assertThat(root.get(3).kind()).isEqualTo(FileEntry.Kind.LINK);
        assertThat(root.get(3).linkTarget()).isEqualTo("logs/app.log");
    }

    @Test
    void aSubFolderIsListedWithPathsFromTheVolumesRoot() throws IOException {
        List<FileEntry> logs = ArchiveListing.children(new ByteArrayInputStream(engineArchive("logs")), "logs",
                TransferProgress.NONE);

        assertThat(logs).extracting(FileEntry::path).containsExactly("logs/logs", "logs/a-again.txt",
                "logs/a.txt", "logs/home");
        assertThat(VolumeArchives.firstChild(new ByteArrayInputStream(engineArchive("berth-volume"))))
                .contains("logs");
    }

    @Test
    void aBackUpIsRootedAtTheVolumeAndKeepsModesOwnersLinksAndContents() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();

        VolumeArchives.rebaseToRoot(new ByteArrayInputStream(engineArchive("berth-volume")), out, 18,
                (done, total) -> progress.add(done));

        List<String> seen = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String content = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                seen.add(entry.getName() + " " + Integer.toOctalString(entry.getMode() & 07777) + " "
                        + entry.getLongUserId() + (entry.isSymbolicLink() || entry.isLink()
                        ? " -> " + entry.getLinkName() : "") + (content.isEmpty() ? "" : " " + content));
                assertThat(entry.getModTime().toInstant()).isEqualTo(MODIFIED);
            }
        }
        assertThat(seen).containsExactly("./ 755 0", "logs/ 750 0", "logs/app.log 640 1234 0123456789",
                "logs/old/ 755 0", "logs/old/" + "x".repeat(120) + ".log 644 1234 abc", "a.txt 600 1234 hello",
                "home 644 0 -> logs/app.log", "a-again.txt 644 0 -> a.txt");
        assertThat(progress).containsExactly(10L, 13L, 18L);
    }

    @Test
    void aCancelledBackUpStopsAtTheNextChunk() {
        TransferProgress cancelled = new TransferProgress() {
            @Override
            public void advanced(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> VolumeArchives.rebaseToRoot(new ByteArrayInputStream(engineArchive("berth-volume")),
                new ByteArrayOutputStream(), -1, cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aDownloadedFolderHasItsFilesModesTimesAndLinks(@TempDir Path host) throws IOException {
        Path top = HostExtraction.extract(new ByteArrayInputStream(engineArchive("logs-copy")), host, -1,
                TransferProgress.NONE);

        assertThat(top).isEqualTo(host.resolve("logs-copy"));
        assertThat(Files.readString(top.resolve("logs/app.log"))).isEqualTo("0123456789");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(top.resolve("a.txt"))))
                .isEqualTo("rw-------");
        assertThat(Files.getLastModifiedTime(top.resolve("logs")).toInstant()).isEqualTo(MODIFIED);
        assertThat(Files.readSymbolicLink(top.resolve("home")).toString()).isEqualTo("logs/app.log");
        assertThat(Files.readString(top.resolve("a-again.txt"))).isEqualTo("hello");
        assertThatThrownBy(() -> HostExtraction.extract(new ByteArrayInputStream(engineArchive("logs-copy")), host,
                -1, TransferProgress.NONE)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void namesThatWouldLeaveTheTargetFolderAreRefused(@TempDir Path host) {
        assertThatThrownBy(() -> HostExtraction.inside(host, "../etc/passwd")).isInstanceOf(IOException.class)
                .hasMessageContaining("outside the target folder");
        assertThatThrownBy(() -> HostExtraction.inside(host, "a/../../x")).isInstanceOf(IOException.class);
    }

    @Test
    void theRootNameIsTakenOffEntryNames() {
        assertThat(ArchiveListing.withoutRoot("berth-volume/")).isEmpty();
        assertThat(ArchiveListing.withoutRoot("berth-volume")).isEmpty();
        assertThat(ArchiveListing.withoutRoot("berth-volume/data/a.txt")).isEqualTo("data/a.txt");
        assertThat(ArchiveListing.withoutRoot("./berth-volume/x")).isEqualTo("x");
        assertThat(VolumeHelper.inside("")).isEqualTo("/berth-volume");
        assertThat(VolumeHelper.inside("/logs/")).isEqualTo("/berth-volume/logs");
    }
}
