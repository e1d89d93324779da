package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Host paths of a compose file: relative ones against the file's base folder, {@code ~} against the home folder. */
final class HostPaths {
    private static final Pattern WINDOWS_PATH = Pattern.compile("[A-Za-z]:[\\\\/].*");

    private final Path home;

    HostPaths(Path home) {
        this.home = home;
    }

    /** Whether a volume's source is a host path (a bind mount) rather than a volume's name. */
    static boolean isPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~")
                || WINDOWS_PATH.matcher(source).matches();
    }

    /** The absolute, normalised path of {@code path} as written in a file whose relative paths start at base. */
    String resolve(String path, Path base) {
        if (path.equals("~")) {
            return home.toString();
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2)).normalize().toString();
        }
        return base.resolve(path).normalize().toString();
    }

    /** A container path made clean as Go's path.Clean makes it: no double, trailing, "." or ".." segments. */
    static String cleanTarget(String target) {
        if (target.isEmpty()) {
            return target;
        }
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String joined = String.join("/", segments);
        return target.startsWith("/") ? "/" + joined : joined.isEmpty() ? "." : joined;
    }
}
