package dev.berth.daemon.volumes;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a tar stream from the engine into a host folder, as `tar xf` would: folders, files with their permission bits
 * and modification times, symbolic links (where the host allows them) and hard links as copies. Nothing is written
 * outside the target folder, and an existing file is never overwritten.
 */
final class HostExtraction {
    private static final PosixFilePermission[] BITS = {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};

    private HostExtraction() {
    }

    /**
     * @param total the bytes expected (for progress), or -1
     * @return the extracted top-level file or folder
     */
    static Path extract(InputStream tar, Path into, long total, VolumeTransferProgress progress) throws IOException {
        Path root = into.toAbsolutePath().normalize();
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        Path top = null;
        List<TarArchiveEntry> folders = new ArrayList<>();
        long done = 0;
        byte[] buffer = new byte[64 * 1024];
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            Path target = inside(root, entry.getName());
            if (top == null) {
                top = target;
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString(), null,
                            "there is already a file or folder of that name");
                }
            }
            Files.createDirectories(target.getParent());
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                folders.add(entry); // their times are set last: writing inside a folder changes its time
                continue;
            }
            if (entry.isSymbolicLink()) {
                link(target, entry.getLinkName());
                continue;
            }
            if (entry.isLink()) {
                Files.copy(inside(root, entry.getLinkName()), target, StandardCopyOption.COPY_ATTRIBUTES);
                continue;
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    VolumeArchives.stopIfCancelled(progress);
                    out.write(buffer, 0, read);
                    done += read;
                    progress.advanced(done, total);
                }
            }
            finish(target, entry);
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            finish(inside(root, folders.get(i).getName()), folders.get(i));
        }
        if (top == null) {
            throw new IOException("The engine sent an empty archive");
        }
        return top;
    }

    /** Refuses names that would land outside the target folder ("../x", "/etc/x"). */
    static Path inside(Path root, String name) throws IOException {
        Path target = root.resolve(name.replaceFirst("^/+", "")).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IOException("The archive names a path outside the target folder: " + name);
        }
        return target;
    }

    private static void link(Path target, String pointsTo) throws IOException {
        try {
            Files.createSymbolicLink(target, Paths.get(pointsTo));
        } catch (UnsupportedOperationException | SecurityException noLinksHere) {
            throw new IOException("This computer does not allow symbolic links here (" + target + " → " + pointsTo
                    + ")", noLinksHere);
        }
    }

    private static void finish(Path target, TarArchiveEntry entry) throws IOException {
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        }
        Files.setLastModifiedTime(target, FileTime.from(entry.getModTime().toInstant()));
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < BITS.length; bit++) {
            if ((mode & (1 << (8 - bit))) != 0) {
                out.add(BITS[bit]);
            }
        }
        return out;
    }
}
