package dev.berth.daemon;

import java.util.List;
import java.util.UUID;

/**
 * How a closed console's process is ended: the engine has no "kill exec", and closing the connection is not enough
 * (dockerd 20.10 keeps a TTY exec running when its client goes away; without a TTY it closes stdin, which ends a
 * shell but not a {@code sleep} it runs).
 * <p>
 * The pid that {@code inspect} reports for an exec is the host's, useless inside the container's pid namespace, and
 * nothing maps it to the container's pid reliably from the API. So every exec Berth starts carries a unique
 * environment variable, {@code BERTH_EXEC_SESSION=<uuid>}, which its children inherit. To end a session, a second
 * exec (as root, {@code sh -c}) sends SIGHUP — what a terminal sends when its window closes — to every process in the
 * container whose {@code /proc/<pid>/environ} holds that marker, waits up to two seconds, and sends SIGKILL to those
 * still there. It needs {@code sh}, {@code tr} and {@code grep} in the container (busybox and every distribution
 * image have them); without them the process stays and the session says so.
 */
final class ExecHangup {
    static final String MARKER_VARIABLE = "BERTH_EXEC_SESSION";

    private ExecHangup() {
    }

    /** A fresh {@code BERTH_EXEC_SESSION=<uuid>} for one exec's environment. */
    static String newMarker() {
        return MARKER_VARIABLE + "=" + UUID.randomUUID();
    }

    /** The command of the exec that ends the processes carrying {@code marker}. */
    static List<String> command(String marker) {
        return List.of("sh", "-c", script(marker));
    }

    static String script(String marker) {
        if (!marker.matches(MARKER_VARIABLE + "=[0-9a-f-]+")) {
            throw new IllegalArgumentException("not an exec marker: " + marker);
        }
        return String.join("\n",
                "m='" + marker + "'",
                "marked() { for d in /proc/[0-9]*; do",
                "  if { tr '\\0' '\\n' < \"$d/environ\" | grep -qxF \"$m\"; } 2>/dev/null; then echo \"${d#/proc/}\"; fi",
                "done; }",
                "p=$(marked); [ -z \"$p\" ] && exit 0",
                "kill -HUP $p 2>/dev/null",
                "i=0; while [ $i -lt 20 ]; do",
                "  p=$(marked); [ -z \"$p\" ] && exit 0",
                "  sleep 0.1; i=$((i+1))",
                "done",
                "kill -KILL $p 2>/dev/null",
                "exit 0");
    }
}
