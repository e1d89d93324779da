package dev.berth.daemon.volumes;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Reads the tar streams of the engine's archive endpoint. The archive of a path is rooted at that path's last name
 * ("berth-volume/…" for the volume's root, "logs/…" for a folder "logs").
 */
final class VolumeArchives {
    private static final int CHUNK = 64 * 1024;

    private VolumeArchives() {
    }

    /**
     * The direct children of the archived folder. The engine always sends the whole subtree, so the headers below
     * the first level are read too (their contents are skipped), and they give each sub-folder its total size.
     *
     * @param folder the archived folder's path relative to the volume root, prefixed to each child's path
     */
    static List<VolumeEntry> children(InputStream tar, String folder) throws IOException {
        Map<String, VolumeEntry> children = new LinkedHashMap<>();
        Map<String, Long> folderSizes = new LinkedHashMap<>();
        String prefix = folder.isEmpty() ? "" : folder + "/";
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String[] parts = withoutRoot(entry.getName()).split("/", 2);
            if (parts[0].isEmpty()) {
                continue; // the archived folder itself
            }
            boolean direct = parts.length == 1 || parts[1].isEmpty();
            if (direct) {
                children.put(parts[0], entry(prefix + parts[0], entry));
            } else if (entry.isFile()) {
                folderSizes.merge(parts[0], entry.getSize(), Long::sum);
            }
        }
        List<VolumeEntry> listed = new ArrayList<>();
        for (VolumeEntry child : children.values()) {
            listed.add(child.isFolder() ? new VolumeEntry(child.path(), child.kind(),
                    folderSizes.getOrDefault(child.name(), 0L), child.modified(), child.mode(), "") : child);
        }
        listed.sort(Comparator.comparing((VolumeEntry e) -> !e.isFolder()).thenComparing(VolumeEntry::name));
        return listed;
    }

    /** The first thing inside the archived folder, if it holds anything; reads no further. */
    static Optional<String> firstChild(InputStream tar) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String inside = withoutRoot(entry.getName());
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
    static void rebaseToRoot(InputStream tar, OutputStream out, long expected, VolumeTransferProgress progress)
            throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        TarArchiveOutputStream rebased = new TarArchiveOutputStream(out, "UTF-8");
        rebased.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        rebased.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        rebased.setAddPaxHeadersForNonAsciiNames(true);
        long done = 0;
        byte[] buffer = new byte[CHUNK];
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            String inside = withoutRoot(entry.getName());
            entry.setName(inside.isEmpty() ? "./" : inside);
            if (entry.isLink()) { // a hard link names another entry of the archive, which moved too
                entry.setLinkName(withoutRoot(entry.getLinkName()));
            }
            rebased.putArchiveEntry(entry);
            if (entry.isFile() && !entry.isLink()) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    stopIfCancelled(progress);
                    rebased.write(buffer, 0, read);
                    done += read;
                    progress.advanced(done, expected);
                }
            }
            rebased.closeArchiveEntry();
        }
        rebased.finish();
    }

    static void stopIfCancelled(VolumeTransferProgress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("Cancelled");
        }
    }

    /** "berth-volume/data/a.txt" → "data/a.txt"; "berth-volume/" → "". */
    static String withoutRoot(String name) {
        String clean = name.startsWith("./") ? name.substring(2) : name;
        int slash = clean.indexOf('/');
        return slash < 0 ? "" : clean.substring(slash + 1);
    }

    static VolumeEntry entry(String path, TarArchiveEntry header) {
        VolumeEntry.Kind kind = header.isDirectory() ? VolumeEntry.Kind.FOLDER
                : header.isSymbolicLink() ? VolumeEntry.Kind.LINK
                : header.isFile() ? VolumeEntry.Kind.FILE : VolumeEntry.Kind.OTHER;
        return new VolumeEntry(path, kind, header.isDirectory() ? 0 : header.getSize(),
                header.getModTime().toInstant(), header.getMode() & 07777,
                header.isSymbolicLink() ? header.getLinkName() : "");
    }
}
