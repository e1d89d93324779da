package dev.berth.daemon.files;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listing a container's folder from the archive the engine sends of it. */
class ArchiveListingTest {

    /** The archive of / as the engine writes it: absolute names, non-ASCII ones in PAX records. */
    private static byte[] rootArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes, "UTF-8")) {
            tar.setAddPaxHeadersForNonAsciiNames(true);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            folder(tar, "/");
            folder(tar, "/srv/");
            file(tar, "/srv/index.html", "<h1>hi</h1>");
            folder(tar, "/srv/site assets/");
            file(tar, "/srv/site assets/notes ñ.txt", "naïve");
            file(tar, "/ñandú.txt", "ave");
            file(tar, "/.dockerenv", "");
        }
        return bytes.toByteArray();
    }

    private static void folder(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode(040755);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode(0100644);
        entry.setSize(data.length);
        tar.putArchiveEntry(entry);
        tar.write(data);
        tar.closeArchiveEntry();
    }

    @Test
    void theRootIsListedWithAbsolutePathsAndNonAsciiNamesInTheirPlace() throws IOException {
        List<FileEntry> root = ArchiveListing.children(new ByteArrayInputStream(rootArchive()), "/",
                TransferProgress.NONE);

        assertThat(root).extracting(FileEntry::path).containsExactly("/srv", "/.dockerenv", "/ñandú.txt");
        assertThat(root.get(0).size()).as("the folder's total counts its non-ASCII file too")
                .isEqualTo(11 + "naïve".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aListingTheUserLeftStopsReading() {
        TransferProgress left = new TransferProgress() {
            @Override
            public void advanced(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> ArchiveListing.children(new ByteArrayInputStream(rootArchive()), "/", left))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void namesAreTakenBelowTheArchivedFolder() {
        assertThat(ArchiveListing.inside("/bin/sh", "")).isEqualTo("bin/sh");
        assertThat(ArchiveListing.inside("bin/sh", "")).isEqualTo("bin/sh");
        assertThat(ArchiveListing.inside("srv/www/a", "srv")).isEqualTo("www/a");
        assertThat(ArchiveListing.inside("srv/", "srv")).isEmpty();
        assertThat(ArchiveListing.trimmed("./srv/")).isEqualTo("srv");
        assertThat(ArchiveListing.trimmed("/")).isEmpty();
    }
}
