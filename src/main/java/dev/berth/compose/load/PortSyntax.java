package dev.berth.compose.load;

import dev.berth.compose.model.ServiceSpec.PortSpec;
import dev.berth.ui.form.IpAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The short syntax of {@code ports}, {@code [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]}, read as docker
 * compose reads it: a container port range gives one entry per port, paired with an equally long host range; a host
 * range for a single container port stays one entry that publishes on any port of the range.
 */
final class PortSyntax {
    private static final List<String> PROTOCOLS = List.of("tcp", "udp", "sctp");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private PortSyntax() {
    }

    /** @throws IllegalArgumentException with a sentence that says what is wrong */
    static List<PortSpec> parse(String text) {
        String spec = text.strip();
        String protocol = "tcp";
        int slash = spec.lastIndexOf('/');
        if (slash >= 0) {
            protocol = spec.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
            spec = spec.substring(0, slash);
            checkProtocol(protocol);
        }
        int last = spec.lastIndexOf(':');
        String container = spec.substring(last + 1);
        String host = "";
        String hostIp = "";
        if (last >= 0) {
            String front = spec.substring(0, last);
            int middle = front.lastIndexOf(':');
            host = front.substring(middle + 1);
            hostIp = middle < 0 ? "" : hostIp(front.substring(0, middle));
        }
        int[] targets = range(container, "container port");
        if (host.isEmpty()) {
            return each(targets, i -> "", hostIp, protocol);
        }
        int[] published = range(host, "host port");
        if (targets[0] == targets[1]) {
            String hostPorts = published[0] == published[1] ? String.valueOf(published[0]) : host;
            return List.of(new PortSpec(targets[0], hostPorts, hostIp, protocol));
        }
        if (published[1] - published[0] != targets[1] - targets[0]) {
            throw new IllegalArgumentException("The host range " + host + " and the container range " + container
                    + " have different lengths; give both the same number of ports.");
        }
        return each(targets, i -> String.valueOf(published[0] + i), hostIp, protocol);
    }

    /** A port of the long syntax: 1–65535. */
    static int port(String text, String what) {
        if (!PORT.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new IllegalArgumentException("\"" + text + "\" is not a " + what + "; ports are numbers from 1 to "
                    + "65535.");
        }
        return Integer.parseInt(text);
    }

    /** A published port of the long syntax: one port or a range, as text. */
    static String published(String text) {
        int[] ports = range(text, "host port");
        return ports[0] == ports[1] ? String.valueOf(ports[0]) : ports[0] + "-" + ports[1];
    }

    static String checkProtocol(String protocol) {
        if (!PROTOCOLS.contains(protocol)) {
            throw new IllegalArgumentException("\"" + protocol + "\" is not a protocol; use tcp, udp or sctp.");
        }
        return protocol;
    }

    static String hostIp(String text) {
        String address = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (IpAddress.parse(address).isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address to publish on; use one like "
                    + "127.0.0.1, or leave it out to publish on every address.");
        }
        return address;
    }

    private static int[] range(String text, String what) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            int port = port(text, what);
            return new int[]{port, port};
        }
        int start = port(text.substring(0, dash), what);
        int end = port(text.substring(dash + 1), what);
        if (end < start) {
            throw new IllegalArgumentException("The range " + text + " ends before it starts; write the lower port "
                    + "first.");
        }
        return new int[]{start, end};
    }

    private static List<PortSpec> each(int[] targets, java.util.function.IntFunction<String> published,
                                       String hostIp, String protocol) {
        List<PortSpec> ports = new ArrayList<>();
        for (int i = 0; i <= targets[1] - targets[0]; i++) {
            ports.add(new PortSpec(targets[0] + i, published.apply(i), hostIp, protocol));
        }
        return ports;
    }
}
