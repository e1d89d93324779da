package dev.berth.daemon.files;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tar streams of this computer's files for the engine's archive endpoint (an upload, {@code docker cp ./x c:/path}):
 * each source under its own name, folders with everything in them, symbolic links as links. Entries are owned by
 * root, as {@code docker cp} gives files it copies into a container, and keep the host's permission bits where the
 * host has them (else 0644 for files and 0755 for folders).
 */
public final class HostArchive {
    private static final int CHUNK = 64 * 1024;

    private HostArchive() {
    }

    /** The bytes of the files under the sources, for progress. */
    public static long size(List<Path> sources) throws IOException {
        long total = 0;
        for (Path source : sources) {
            try (Stream<Path> all = Files.walk(source)) {
                total += all.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                        .mapToLong(HostArchive::sizeOf).sum();
            }
        }
        return total;
    }

    /** Writes the sources as one tar into {@code out}, checking for a cancel between chunks. */
    public static void write(List<Path> sources, OutputStream out, long total, TransferProgress progress)
            throws IOException {
        TarArchiveOutputStream tar = tarOf(out);
        long done = 0;
        byte[] buffer = new byte[CHUNK];
        for (Path source : sources) {
            Path base = source.toAbsolutePath().normalize().getParent();
            List<Path> tree;
            try (Stream<Path> all = Files.walk(source)) {
                tree = all.map(path -> path.toAbsolutePath().normalize()).toList();
            }
            for (Path path : tree) {
                progress.stopIfCancelled();
                String name = base.relativize(path).toString().replace('\\', '/');
                done = add(tar, path, name, buffer, done, total, progress);
            }
        }
        tar.finish();
    }

    /** A tar of one file called {@code name} with the given bytes, mode and owner (an edited file written back). */
    public static byte[] singleFile(String name, byte[] content, int mode, FileEntry.Owner owner, Instant modified) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 2048);
        try (TarArchiveOutputStream tar = tarOf(bytes)) {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            entry.setMode(0100000 | (mode & 07777));
            entry.setUserId(owner.uid());
            entry.setGroupId(owner.gid());
            entry.setUserName(owner.user());
            entry.setGroupName(owner.group());
            entry.setModTime(Date.from(modified));
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
            tar.finish();
        } catch (IOException cannotHappenInMemory) {
            throw new UncheckedIOException(cannotHappenInMemory);
        }
        return bytes.toByteArray();
    }

    private static TarArchiveOutputStream tarOf(OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out, "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        return tar;
    }

    private static long add(TarArchiveOutputStream tar, Path path, String name, byte[] buffer, long done, long total,
                            TransferProgress progress) throws IOException {
        TarArchiveEntry entry;
        if (Files.isSymbolicLink(path)) {
            entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
            entry.setMode(0120777);
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            entry = new TarArchiveEntry(name + "/");
            entry.setMode(040000 | modeOf(path, 0755));
        } else {
            entry = new TarArchiveEntry(name);
            entry.setMode(0100000 | modeOf(path, 0644));
            entry.setSize(Files.size(path));
        }
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setModTime(Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis());
        tar.putArchiveEntry(entry);
        if (entry.isFile()) {
            try (InputStream in = Files.newInputStream(path)) {
                for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                    progress.stopIfCancelled();
                    tar.write(buffer, 0, read);
                    done += read;
                    progress.advanced(done, total);
                }
            }
        }
        tar.closeArchiveEntry();
        return done;
    }

    /** The host's permission bits, found by trying: a file system without them gets the usual defaults. */
    private static int modeOf(Path path, int otherwise) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission permission : permissions) {
                mode |= 1 << (8 - permission.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException | IOException noPosixHere) {
            return otherwise;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return 0;
        }
    }
}
