package dev.berth.daemon.files;

import java.time.Instant;

/**
 * One file, folder or link as the engine's archive of it says (a container's filesystem or a volume's). {@code path}
 * is the full path in what is browsed ("/etc/hosts" in a container, "logs/app.log" from a volume's root); a
 * folder's {@code size} is the total of the files inside it.
 *
 * @param mode       the permission bits, e.g. 0644
 * @param linkTarget where a symbolic link points, else ""
 */
public record FileEntry(String path, Kind kind, long size, Instant modified, int mode, String linkTarget,
                        Owner owner) {

    public enum Kind { FOLDER, FILE, LINK, OTHER }

    /**
     * Who owns an entry: the numbers the filesystem keeps, and the names the archive gave them (empty when it gave
     * none).
     */
    public record Owner(long uid, long gid, String user, String group) {
        public static final Owner ROOT = new Owner(0, 0, "root", "root");

        /** As `ls -l` shows it: "root:root", or the numbers where there are no names ("1000:1000"). */
        public String describe() {
            return (user.isEmpty() ? Long.toString(uid) : user) + ":" + (group.isEmpty() ? Long.toString(gid) : group);
        }
    }

    /** The last part of the path: the name a file browser shows. */
    public String name() {
        String clean = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        int slash = clean.lastIndexOf('/');
        return slash < 0 ? clean : clean.substring(slash + 1);
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
