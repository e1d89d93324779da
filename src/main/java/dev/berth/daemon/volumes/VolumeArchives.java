package dev.berth.daemon.volumes;

import dev.berth.daemon.files.ArchiveListing;
import dev.berth.daemon.files.TransferProgress;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Reads the tar streams of the engine's archive endpoint. The archive of a path is rooted at that path's last name
 * ("berth-volume/…" for the volume's root, "logs/…" for a folder "logs").
 */
final class VolumeArchives {
    private static final int CHUNK = 64 * 1024;

    private VolumeArchives() {
    }

    /** The first thing inside the archived folder, if it holds anything; reads no further. */
    static Optional<String> firstChild(InputStream tar) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String inside = ArchiveListing.withoutRoot(entry.getName());
            if (!inside.isEmpty()) {
                return Optional.of(inside.replaceAll("/$", ""));
            }
        }
        return Optional.empty();
    }

    /**
     * Copies the archive of the volume's root into {@code out} with the root's name taken off, so the entries are
     * relative to the volume ("./", "data/", "data/a.txt"), as `tar czf - -C /volume .` writes them. Headers (modes,
     * owners, times, links, PAX records) are kept as the engine wrote them.
     */
    static void rebaseToRoot(InputStream tar, OutputStream out, long expected, TransferProgress progress)
            throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        TarArchiveOutputStream rebased = new TarArchiveOutputStream(out, "UTF-8");
        rebased.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        rebased.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        rebased.setAddPaxHeadersForNonAsciiNames(true);
        long done = 0;
        byte[] buffer = new byte[CHUNK];
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String inside = ArchiveListing.withoutRoot(entry.getName());
            entry.setName(inside.isEmpty() ? "./" : inside);
            if (entry.isLink()) { // a hard link names another entry of the archive, which moved too
                entry.setLinkName(ArchiveListing.withoutRoot(entry.getLinkName()));
            }
            rebased.putArchiveEntry(entry);
            if (entry.isFile() && !entry.isLink()) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    progress.stopIfCancelled();
                    rebased.write(buffer, 0, read);
                    done += read;
                    progress.advanced(done, expected);
                }
            }
            rebased.closeArchiveEntry();
        }
        rebased.finish();
    }

}
