package dev.berth.daemon.volumes;

import java.time.Instant;

/**
 * One file, folder or link in a volume, as its tar header says. {@code path} is relative to the volume's root
 * ("logs/app.log"); a folder's {@code size} is the total of the files inside it.
 *
 * @param mode       the permission bits, e.g. 0644
 * @param linkTarget where a symbolic link points, else ""
 */
public record VolumeEntry(String path, Kind kind, long size, Instant modified, int mode, String linkTarget) {

    public enum Kind { FOLDER, FILE, LINK, OTHER }

    /** The last part of the path: the name a file browser shows. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public boolean isFolder() {
        return kind == Kind.FOLDER;
    }

    /** The permissions as `ls -l` prints them: "rwxr-xr-x". */
    public String permissions() {
        String letters = "rwxrwxrwx";
        StringBuilder out = new StringBuilder(9);
        for (int bit = 0; bit < 9; bit++) {
            out.append((mode & (1 << (8 - bit))) != 0 ? letters.charAt(bit) : '-');
        }
        return out.toString();
    }
}
