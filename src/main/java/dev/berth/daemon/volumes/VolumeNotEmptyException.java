package dev.berth.daemon.volumes;

import dev.berth.daemon.DaemonException;

/** A restore was refused because the target volume already holds files; the user may confirm and try again. */
public final class VolumeNotEmptyException extends DaemonException {
    private final String volume;

    public VolumeNotEmptyException(String volume, String firstEntry) {
        super("Volume " + volume + " is not empty: it holds " + firstEntry + " and maybe more.",
                "Restore into a new volume, or confirm that the archive's files may replace files of the same name.");
        this.volume = volume;
    }

    public String volume() {
        return volume;
    }
}
