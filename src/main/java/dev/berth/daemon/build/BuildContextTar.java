package dev.berth.daemon.build;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;

/**
 * The build context as the CLI sends it: a tar of the context folder without what {@code .dockerignore} excludes
 * (the Dockerfile and {@code .dockerignore} itself always travel), file modes and symlinks kept. A Dockerfile from
 * outside the context is added at the top under a generated name, as the CLI does.
 */
final class BuildContextTar {
    private static final String IGNORE_FILE = ".dockerignore";

    /** @param dockerfilePath where the Dockerfile is inside the tar, for the engine's {@code dockerfile} parameter */
    record Packed(Path tarFile, String dockerfilePath) {
    }

    private BuildContextTar() {
    }

    /** Writes the tar to a temporary file, which the caller deletes. */
    static Packed pack(Path context, Path dockerfile) throws IOException {
        Path root = context.toAbsolutePath().normalize();
        Path file = dockerfile.toAbsolutePath().normalize();
        Path ignoreFile = root.resolve(IGNORE_FILE);
        DockerIgnore ignore = Files.isRegularFile(ignoreFile) ? DockerIgnore.parse(Files.readString(ignoreFile))
                : DockerIgnore.NONE;
        boolean inside = file.startsWith(root);
        String dockerfilePath = inside ? slashes(root.relativize(file))
                : ".dockerfile." + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Path tar = Files.createTempFile("berth-build-", ".tar");
        try (OutputStream out = Files.newOutputStream(tar);
             TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
            archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            archive.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = slashes(root.relativize(dir));
                    if (ignore.excludes(name)) {
                        return ignore.hasExceptions() ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    }
                    add(archive, dir, name + "/");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) throws IOException {
                    String name = slashes(root.relativize(path));
                    if (!ignore.excludes(name) || name.equals(dockerfilePath) || name.equals(IGNORE_FILE)) {
                        add(archive, path, name);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            if (!inside) {
                add(archive, file, dockerfilePath);
            }
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(tar);
            throw failed;
        }
        return new Packed(tar, dockerfilePath);
    }

    private static void add(TarArchiveOutputStream archive, Path path, String name) throws IOException {
        TarArchiveEntry entry;
        if (Files.isSymbolicLink(path)) {
            entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
        } else {
            entry = new TarArchiveEntry(path, name, LinkOption.NOFOLLOW_LINKS);
        }
        entry.setMode(mode(path, entry.getMode()));
        entry.setUserId(0);
        entry.setGroupId(0);
        archive.putArchiveEntry(entry);
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.copy(path, archive);
        }
        archive.closeArchiveEntry();
    }

    /** The file type bits of the entry with the file's own permission bits, so executables stay executable. */
    private static int mode(Path path, int typed) throws IOException {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException notPosix) {
            return typed;
        }
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return (typed & ~0777) | bits;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
