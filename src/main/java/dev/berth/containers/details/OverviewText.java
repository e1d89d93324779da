package dev.berth.containers.details;

import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.ui.RelativeTime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How the Overview page words a container's facts; pure, so the wording is tested without a toolkit. */
final class OverviewText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private OverviewText() {
    }

    /**
     * "2026-11-28 10:00:00 · 3 minutes ago" in {@code zone}; "Never" for a null time. The age counts from the whole
     * second shown, as the container list's Created (whole seconds) does, so the table beside says the same age.
     */
    static String when(Instant time, Instant now, ZoneId zone) {
        if (time == null) {
            return "Never";
        }
        return WHEN.format(time.atZone(zone)) + " · " + RelativeTime.since(time.truncatedTo(ChronoUnit.SECONDS), now)
                + " ago";
    }

    /** The command as a shell would need it typed: arguments with spaces or quotes are single-quoted. */
    static String command(List<String> argv) {
        StringJoiner line = new StringJoiner(" ");
        for (String arg : argv) {
            line.add(SHELL_SAFE.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }

    /** "0.0.0.0:8080 → 80/tcp", or "80/tcp (not published)" for a port that is only exposed. */
    static String port(PortMapping port) {
        String target = port.containerPort() + "/" + port.protocol();
        if (!port.isPublished()) {
            return target + " (not published)";
        }
        String ip = port.hostIp() == null || port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp();
        return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + port.hostPort() + " → " + target;
    }

    /**
     * Where a browser reaches a published TCP port: localhost when it is bound to every interface, else the
     * address it is bound to. Empty for UDP/SCTP and for ports that are not published.
     */
    static Optional<String> url(PortMapping port) {
        if (!port.isPublished() || !"tcp".equalsIgnoreCase(port.protocol())) {
            return Optional.empty();
        }
        String ip = port.hostIp() == null ? "" : port.hostIp();
        String host = ip.isEmpty() || ip.equals("0.0.0.0") || ip.equals("::") ? "localhost"
                : ip.contains(":") ? "[" + ip + "]" : ip;
        return Optional.of("http://" + host + ":" + port.hostPort());
    }

    /** "volume  data → /var/lib/data (read-only)". */
    static String mount(ContainerDetails.MountInfo mount) {
        String source = mount.source() == null || mount.source().isEmpty() ? "(anonymous)" : mount.source();
        return source + " → " + mount.destination() + (mount.readOnly() ? " (read-only)" : "");
    }

    /** "IPv4 172.18.0.2 · IPv6 fd00::2 · MAC 02:42:ac:12:00:02 · aliases web, api"; blank parts left out. */
    static String network(ContainerDetails.NetworkAttachment network) {
        StringJoiner parts = new StringJoiner(" · ");
        addIfPresent(parts, "IPv4", network.ipv4());
        addIfPresent(parts, "IPv6", network.ipv6());
        addIfPresent(parts, "MAC", network.mac());
        addIfPresent(parts, "aliases", network.aliases().stream().collect(Collectors.joining(", ")));
        return parts.length() == 0 ? "no address" : parts.toString();
    }

    private static void addIfPresent(StringJoiner parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + " " + value);
        }
    }

    /** Only a container that has run and stopped has an exit code worth showing. */
    static boolean showsExitCode(ContainerDetails details) {
        return !details.state().isActive() && details.startedAt() != null;
    }

    static String shortId(String id) {
        String bare = id.startsWith("sha256:") ? id.substring(7) : id;
        return bare.length() > 12 ? bare.substring(0, 12) : bare;
    }
}
