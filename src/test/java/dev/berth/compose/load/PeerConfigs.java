package dev.berth.compose.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings {@code docker-compose config} (v1, YAML) and Berth's {@code ComposeConfig} (docker compose v2's JSON shape)
 * to one canonical form, undoing only the differences docs/compose.md lists: key order, {@code version}, long and
 * short port and volume syntax, durations written in other units, strings where a list is meant (command,
 * entrypoint, tmpfs, a shell healthcheck), v1's {@code $$} in its output, v1 printing services that profiles leave
 * out, v1 not printing the names, defaults and implicit default network that compose v2 prints, and
 * {@code deploy.replicas} printed as {@code scale}.
 */
final class PeerConfigs {
    private PeerConfigs() {
    }

    /** v1's {@code config} output, with the profiles the sample was loaded with. */
    static Map<String, Object> fromV1(Map<String, Object> v1, List<String> profiles) {
        Map<String, Object> config = map(unescapeDollars(v1));
        config.remove("version");
        Map<String, Object> services = map(config.get("services"));
        services.values().removeIf(service -> {
            List<Object> own = list(map(service).get("profiles"));
            return !own.isEmpty() && own.stream().noneMatch(profiles::contains) && !profiles.contains("*");
        });
        services.replaceAll((name, service) -> service(map(service)));
        config.put("services", services);
        return canonical(config);
    }

    /** Berth's JSON, as a map. */
    static Map<String, Object> fromBerth(Map<String, Object> berth) {
        Map<String, Object> config = map(berth);
        String project = (String) config.remove("name");
        Map<String, Object> networks = map(config.get("networks"));
        networks.replaceAll((key, network) -> withoutGeneratedName(map(network), project + "_" + key));
        if (networks.containsKey("default") && map(networks.get("default")).isEmpty()) {
            networks.remove("default");
        }
        config.put("networks", networks);
        Map<String, Object> volumes = map(config.get("volumes"));
        volumes.replaceAll((key, volume) -> withoutGeneratedName(map(volume), project + "_" + key));
        config.put("volumes", volumes);
        Map<String, Object> services = map(config.get("services"));
        services.replaceAll((name, service) -> service(map(service)));
        config.put("services", services);
        return canonical(config);
    }

    private static Map<String, Object> canonical(Map<String, Object> config) {
        Map<String, Object> out = new TreeMap<>();
        config.forEach((key, value) -> {
            Map<String, Object> section = map(value);
            if (!section.isEmpty()) {
                section.replaceAll((name, entry) -> key.equals("services") ? entry : withoutFalse(map(entry)));
                out.put(key, section);
            }
        });
        return out;
    }

    private static Map<String, Object> service(Map<String, Object> service) {
        Map<String, Object> out = withoutFalse(service);
        replace(out, "command", PeerConfigs::words);
        replace(out, "entrypoint", PeerConfigs::words);
        replace(out, "tmpfs", value -> value instanceof String text ? List.of(text) : value);
        replace(out, "ports", ports -> list(ports).stream().map(PeerConfigs::port).toList());
        replace(out, "volumes", mounts -> list(mounts).stream().map(PeerConfigs::mount).toList());
        replace(out, "environment", environment -> withoutNulls(map(environment)));
        replace(out, "depends_on", PeerConfigs::conditions);
        replace(out, "healthcheck", check -> healthcheck(map(check)));
        replace(out, "stop_grace_period", PeerConfigs::nanos);
        replace(out, "build", build -> {
            Map<String, Object> canonical = map(build);
            canonical.putIfAbsent("dockerfile", "Dockerfile");
            return canonical;
        });
        Object replicas = map(out.remove("deploy")).get("replicas");
        if (replicas != null) {
            out.put("scale", replicas);
        }
        if (Integer.valueOf(1).equals(out.get("scale"))) {
            out.remove("scale");
        }
        if (map(out.get("networks")).equals(singletonNull("default"))) {
            out.remove("networks");
        }
        return out;
    }

    /** A port as {@code host_ip:published:target/protocol}, whichever syntax it was written in. */
    private static String port(Object port) {
        if (port instanceof Map<?, ?> entry) {
            Map<String, Object> fields = map(entry);
            return fields.getOrDefault("host_ip", "") + ":" + fields.getOrDefault("published", "") + ":"
                    + fields.get("target") + "/" + fields.getOrDefault("protocol", "tcp");
        }
        List<String> expanded = PortSyntax.parse(String.valueOf(port)).stream().map(spec -> spec.hostIp() + ":"
                + spec.published() + ":" + spec.target() + "/" + spec.protocol()).toList();
        if (expanded.size() != 1) {
            throw new IllegalStateException("v1 prints one entry per port, not " + port);
        }
        return expanded.get(0);
    }

    /** A mount as {@code type source target [ro] [nocopy]}, whichever syntax it was written in. */
    private static String mount(Object mount) {
        if (mount instanceof Map<?, ?> entry) {
            Map<String, Object> fields = map(entry);
            return fields.get("type") + " " + fields.getOrDefault("source", "") + " " + fields.get("target")
                    + (Boolean.TRUE.equals(fields.get("read_only")) ? " ro" : "")
                    + (Boolean.TRUE.equals(map(fields.get("volume")).get("nocopy")) ? " nocopy" : "");
        }
        String[] parts = String.valueOf(mount).split(":");
        String source = parts.length == 1 ? "" : parts[0];
        String type = source.isEmpty() || !source.startsWith("/") ? "volume" : "bind";
        List<String> modes = parts.length == 3 ? List.of(parts[2].split(",")) : List.of();
        return type + " " + source + " " + parts[parts.length == 1 ? 0 : 1] + (modes.contains("ro") ? " ro" : "")
                + (modes.contains("nocopy") ? " nocopy" : "");
    }

    private static Object conditions(Object dependsOn) {
        Map<String, Object> out = new TreeMap<>();
        if (dependsOn instanceof Collection<?> names) {
            names.forEach(name -> out.put(String.valueOf(name), "service_started"));
        } else {
            map(dependsOn).forEach((name, condition) -> out.put(name, map(condition).getOrDefault("condition",
                    "service_started")));
        }
        return out;
    }

    private static Object healthcheck(Map<String, Object> check) {
        Map<String, Object> out = new TreeMap<>(check);
        Object test = out.get("test");
        if (test instanceof String shell) {
            out.put("test", List.of("CMD-SHELL", shell));
        }
        if (List.of("NONE").equals(out.get("test")) || Boolean.TRUE.equals(out.get("disable"))) {
            return Map.of("disable", true);
        }
        for (String duration : List.of("interval", "timeout", "start_period")) {
            replace(out, duration, PeerConfigs::nanos);
        }
        return out;
    }

    private static Object words(Object value) {
        return value instanceof String line ? CommandWords.split(line) : value;
    }

    private static Object nanos(Object value) {
        Duration duration = Durations.parse(String.valueOf(value));
        return duration == null ? value : duration.toNanos();
    }

    private static Map<String, Object> withoutGeneratedName(Map<String, Object> resource, String generated) {
        Map<String, Object> out = new TreeMap<>(resource);
        out.remove("name", generated);
        return out;
    }

    private static Map<String, Object> withoutFalse(Map<String, Object> fields) {
        Map<String, Object> out = new TreeMap<>(fields);
        out.values().removeIf(Boolean.FALSE::equals);
        return out;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        Map<String, Object> out = new TreeMap<>(fields);
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    private static Object unescapeDollars(Object value) {
        if (value instanceof String text) {
            return text.replace("$$", "$");
        }
        if (value instanceof Map<?, ?> fields) {
            Map<String, Object> out = new TreeMap<>();
            fields.forEach((key, field) -> out.put(String.valueOf(key), unescapeDollars(field)));
            return out;
        }
        if (value instanceof Collection<?> items) {
            return new ArrayList<>(items.stream().map(PeerConfigs::unescapeDollars).toList());
        }
        return value;
    }

    private static void replace(Map<String, Object> fields, String key, java.util.function.UnaryOperator<Object> how) {
        if (fields.containsKey(key)) {
            fields.put(key, how.apply(fields.get(key)));
        }
    }

    private static Map<String, Object> singletonNull(String key) {
        Map<String, Object> map = new TreeMap<>();
        map.put(key, null);
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            return new TreeMap<>();
        }
        Map<String, Object> out = new TreeMap<>();
        ((Map<Object, Object>) fields).forEach((key, field) -> out.put(String.valueOf(key), field));
        return out;
    }

    private static List<Object> list(Object value) {
        return value instanceof Collection<?> items ? new ArrayList<>(items) : List.of();
    }
}
