package dev.berth.daemon.files;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a tar stream from the engine into a host folder, as `tar xf` would: folders, files with their permission
 * bits and modification times (where the host's file system keeps them), symbolic links (where the host allows them)
 * and hard links as copies. Nothing is written outside the target folder, an existing file is never overwritten, and
 * nothing is left behind when the download fails or is cancelled: the tree is written into a hidden folder beside
 * the target and moved into place only once it is whole.
 */
public final class HostExtraction {
    private static final String STAGING_PREFIX = ".berth-download-";

    private HostExtraction() {
    }

    /**
     * @param total the bytes expected (for progress), or -1
     * @return the extracted top-level file or folder
     */
    public static Path extract(InputStream tar, Path into, long total, TransferProgress progress) throws IOException {
        return extract(tar, into, total, progress, HostAttributes.tryingEach());
    }

    static Path extract(InputStream tar, Path into, long total, TransferProgress progress, HostAttributes attributes)
            throws IOException {
        Path target = Files.createDirectories(into.toAbsolutePath().normalize());
        Path staging = Files.createTempDirectory(target, STAGING_PREFIX);
        try {
            Path top = extractInto(new TarArchiveInputStream(tar), staging, target, total, progress, attributes);
            Path placed = target.resolve(staging.relativize(top).toString());
            moveIntoPlace(top, placed);
            return placed;
        } finally {
            deleteTree(staging);
        }
    }

    private static Path extractInto(TarArchiveInputStream in, Path root, Path target, long total,
                                    TransferProgress progress, HostAttributes attributes) throws IOException {
        Path top = null;
        List<TarArchiveEntry> folders = new ArrayList<>();
        long done = 0;
        byte[] buffer = new byte[64 * 1024];
        for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            progress.stopIfCancelled();
            Path path = inside(root, entry.getName());
            if (top == null) {
                top = path;
                refuseExisting(target.resolve(root.relativize(path).toString()));
            }
            Files.createDirectories(path.getParent());
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                folders.add(entry); // their times are set last: writing inside a folder changes its time
                continue;
            }
            if (entry.isSymbolicLink()) {
                link(path, entry.getLinkName());
                continue;
            }
            if (entry.isLink()) {
                Files.copy(inside(root, entry.getLinkName()), path, StandardCopyOption.COPY_ATTRIBUTES);
                continue;
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    progress.stopIfCancelled();
                    out.write(buffer, 0, read);
                    done += read;
                    progress.advanced(done, total);
                }
            }
            attributes.apply(path, entry.getMode(), FileTime.from(entry.getModTime().toInstant()));
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            TarArchiveEntry folder = folders.get(i);
            attributes.apply(inside(root, folder.getName()), folder.getMode(),
                    FileTime.from(folder.getModTime().toInstant()));
        }
        if (top == null) {
            throw new IOException("The engine sent an empty archive");
        }
        return top;
    }

    private static void refuseExisting(Path placed) throws FileAlreadyExistsException {
        if (Files.exists(placed, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(placed.toString(), null,
                    "there is already a file or folder of that name");
        }
    }

    /** A rename within the target folder: one step where the file system allows it. */
    private static void moveIntoPlace(Path from, Path to) throws IOException {
        refuseExisting(to);
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Refuses names that would land outside the target folder ("../x", "/etc/x"). */
    public static Path inside(Path root, String name) throws IOException {
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
}
