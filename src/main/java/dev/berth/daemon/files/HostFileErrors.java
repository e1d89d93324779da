package dev.berth.daemon.files;

import dev.berth.daemon.DaemonException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures of this computer's files during a transfer (a full disk, a folder Berth may not write, a name already
 * taken), told apart from the engine's, as sentences with what to do.
 */
public final class HostFileErrors {
    private HostFileErrors() {
    }

    /** The sentence for a failure of this computer's files; empty when the failure is not one (the engine's). */
    public static Optional<DaemonException> explain(Throwable failure) {
        FileSystemException local = null;
        IOException full = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException named && local == null) {
                local = named;
            }
            if (cause instanceof IOException io && isDiskFull(io) && full == null) {
                full = io;
            }
        }
        if (full != null) {
            String where = local != null && local.getFile() != null ? local.getFile() : "the download";
            return Optional.of(new DaemonException("This computer's disk is full: Berth could not write " + where
                    + ".", "Free some space, or choose a place on another disk.", 0, full));
        }
        return Optional.ofNullable(local).map(HostFileErrors::explain);
    }

    private static DaemonException explain(FileSystemException local) {
        if (local instanceof FileAlreadyExistsException) {
            return new DaemonException("There is already a file or folder called " + local.getFile() + ".",
                    "Choose another place, or move the file that is in the way.", 0, local);
        }
        if (local instanceof AccessDeniedException) {
            return new DaemonException("Berth may not write " + local.getFile() + " on this computer "
                    + "(permission denied).", "Choose a folder you can write to.", 0, local);
        }
        if (local instanceof NoSuchFileException) {
            return new DaemonException("There is no " + local.getFile() + " on this computer.",
                    "Choose the file or folder again.", 0, local);
        }
        String reason = local.getReason() == null ? local.getClass().getSimpleName() : local.getReason();
        return new DaemonException("Berth could not use " + local.getFile() + " on this computer: " + reason + ".",
                "Choose another place, or move the file that is in the way.", 0, local);
    }

    private static boolean isDiskFull(IOException failure) {
        String said = failure instanceof FileSystemException named ? named.getReason() : failure.getMessage();
        return said != null && said.toLowerCase(Locale.ROOT).contains("no space left");
    }
}
