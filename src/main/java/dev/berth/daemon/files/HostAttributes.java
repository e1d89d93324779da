package dev.berth.daemon.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives a downloaded file its permission bits and modification time, as far as the host's file system keeps them.
 * What the target supports is found out by trying, never by asking for its file store (which fails on mounts the
 * system does not list, "Mount point not found"): an attribute the file system refuses is dropped for the rest of
 * the download, and the files themselves are still written.
 */
class HostAttributes {
    private static final PosixFilePermission[] BITS = {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE};

    private boolean permissionsKept = true;
    private boolean timesKept = true;

    /** Tries the real file system, once per attribute until it refuses. */
    static HostAttributes tryingEach() {
        return new HostAttributes();
    }

    final void apply(Path target, int mode, FileTime modified) {
        if (permissionsKept) {
            try {
                setPermissions(target, permissions(mode));
            } catch (UnsupportedOperationException | IOException notKeptHere) {
                permissionsKept = false;
            }
        }
        if (timesKept) {
            try {
                setModified(target, modified);
            } catch (UnsupportedOperationException | IOException notKeptHere) {
                timesKept = false;
            }
        }
    }

    void setPermissions(Path target, Set<PosixFilePermission> permissions) throws IOException {
        Files.setPosixFilePermissions(target, permissions);
    }

    void setModified(Path target, FileTime modified) throws IOException {
        Files.setLastModifiedTime(target, modified);
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
