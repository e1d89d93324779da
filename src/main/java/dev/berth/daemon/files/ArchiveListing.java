package dev.berth.daemon.files;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists a folder from the tar stream of the engine's archive endpoint ({@code GET /containers/{id}/archive}), which
 * is rooted at the folder's last name ("etc/…" for /etc, "/…" for /). The engine always sends the whole subtree; only
 * the headers are read (contents are skipped as they stream past, so memory stays flat however large the folder),
 * and the deeper headers give each sub-folder its total size for free.
 */
public final class ArchiveListing {
    private ArchiveListing() {
    }

    /**
     * The direct children of the archived folder, folders first, then by name.
     *
     * @param folder prefixed to each child's name to make its path: "/etc" gives "/etc/hosts", "/" gives "/bin",
     *               "" gives "bin"
     * @param progress checked between entries, so a listing the user left stops reading
     */
    public static List<FileEntry> children(InputStream tar, String folder, TransferProgress progress)
            throws IOException {
        Map<String, FileEntry> children = new LinkedHashMap<>();
        Map<String, Long> folderSizes = new LinkedHashMap<>();
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        String root = null;
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            progress.stopIfCancelled();
            if (root == null) {
                root = trimmed(entry.getName()); // the archived folder comes first: "srv", or "" for /
            }
            String[] parts = inside(entry.getName(), root).split("/", 2);
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
        List<FileEntry> listed = new ArrayList<>();
        for (FileEntry child : children.values()) {
            listed.add(child.isFolder() ? new FileEntry(child.path(), child.kind(),
                    folderSizes.getOrDefault(child.name(), 0L), child.modified(), child.mode(), "", child.owner())
                    : child);
        }
        listed.sort(Comparator.comparing((FileEntry e) -> !e.isFolder()).thenComparing(FileEntry::name));
        return listed;
    }

    /**
     * The entry's name below the archived folder {@code root} (as {@link #trimmed} gives it). The archive of / names
     * its entries "/bin/sh", except those whose long or non-ASCII names come in PAX records, read as "bin/sh"; so
     * leading slashes are dropped from both before the root is taken off.
     */
    static String inside(String name, String root) {
        String clean = name.replaceFirst("^(\\./)?/*", "");
        if (root.isEmpty()) {
            return clean;
        }
        return clean.equals(root) || clean.equals(root + "/") ? ""
                : clean.startsWith(root + "/") ? clean.substring(root.length() + 1) : clean;
    }

    /** "./srv/" → "srv"; "/" → "". */
    static String trimmed(String name) {
        return name.replaceFirst("^(\\./)?/*", "").replaceFirst("/+$", "");
    }

    /** "berth-volume/data/a.txt" → "data/a.txt"; "berth-volume/" → "": the name below the archive's first folder. */
    public static String withoutRoot(String name) {
        String clean = name.startsWith("./") ? name.substring(2) : name;
        int slash = clean.indexOf('/');
        return slash < 0 ? "" : clean.substring(slash + 1);
    }

    /** The entry a tar header describes, under the given path. */
    public static FileEntry entry(String path, TarArchiveEntry header) {
        FileEntry.Kind kind = header.isDirectory() ? FileEntry.Kind.FOLDER
                : header.isSymbolicLink() ? FileEntry.Kind.LINK
                : header.isFile() ? FileEntry.Kind.FILE : FileEntry.Kind.OTHER;
        return new FileEntry(path, kind, header.isDirectory() ? 0 : header.getSize(),
                header.getModTime().toInstant(), header.getMode() & 07777,
                header.isSymbolicLink() ? header.getLinkName() : "",
                new FileEntry.Owner(header.getLongUserId(), header.getLongGroupId(), nameOf(header.getUserName()),
                        nameOf(header.getGroupName())));
    }

    private static String nameOf(String name) {
        return name == null ? "" : name;
    }
}
