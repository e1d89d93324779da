package dev.berth.daemon.cli;

import dev.berth.daemon.networks.NetworkConnectSpec;
import dev.berth.daemon.networks.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The `docker network …` lines that Berth's network actions equal. */
public final class NetworkCommandLines {
    private NetworkCommandLines() {
    }

    public static String create(NetworkSpec spec) {
        List<String> words = new ArrayList<>(List.of("docker", "network", "create"));
        if (!spec.driver().isBlank() && !NetworkSpec.DEFAULT_DRIVER.equals(spec.driver())) {
            add(words, "--driver", spec.driver());
        }
        add(words, "--subnet", spec.subnet());
        add(words, "--ip-range", spec.ipRange());
        add(words, "--gateway", spec.gateway());
        add(words, "--subnet", spec.ipv6Subnet());
        flag(words, "--internal", spec.internal());
        flag(words, "--attachable", spec.attachable());
        flag(words, "--ipv6", spec.ipv6());
        pairs(words, "--label", spec.labels());
        pairs(words, "-o", spec.options());
        words.add(spec.name().isBlank() ? "NAME" : spec.name());
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String connect(NetworkConnectSpec spec) {
        List<String> words = new ArrayList<>(List.of("docker", "network", "connect"));
        for (String alias : spec.aliases()) {
            add(words, "--alias", alias);
        }
        add(words, "--ip", spec.ipv4Address());
        add(words, "--ip6", spec.ipv6Address());
        words.add(orPlaceholder(spec.network(), "NETWORK"));
        words.add(orPlaceholder(spec.container(), "CONTAINER"));
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String disconnect(String network, String container, boolean force) {
        return force ? CliWords.line("docker", "network", "disconnect", "-f", network, container)
                : CliWords.line("docker", "network", "disconnect", network, container);
    }

    public static String remove(List<String> networks) {
        List<String> words = new ArrayList<>(List.of("docker", "network", "rm"));
        words.addAll(networks);
        return CliWords.line(words.toArray(String[]::new));
    }

    private static String orPlaceholder(String value, String placeholder) {
        return value == null || value.isBlank() ? placeholder : value;
    }

    private static void add(List<String> words, String option, String value) {
        if (value != null && !value.isBlank()) {
            words.add(option);
            words.add(value.strip());
        }
    }

    private static void flag(List<String> words, String option, boolean on) {
        if (on) {
            words.add(option);
        }
    }

    private static void pairs(List<String> words, String option, Map<String, String> pairs) {
        pairs.forEach((key, value) -> {
            words.add(option);
            words.add(key + "=" + value);
        });
    }
}
