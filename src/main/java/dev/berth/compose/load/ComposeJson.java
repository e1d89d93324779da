package dev.berth.compose.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.VolumeSpec;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A resolved project as JSON in the shape of {@code docker compose config --format json}: name, services, networks
 * and volumes in long syntax, durations as Go prints them, keys sorted, unset values left out.
 */
public final class ComposeJson {
    /** Printed as Go's json.MarshalIndent prints: two spaces, one array item per line, {@code "key": value}. */
    private static final ObjectWriter JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    private ComposeJson() {
    }

    public static String of(ComposeProject project) {
        Map<String, Object> root = new TreeMap<>();
        root.put("name", project.name());
        root.put("services", byKey(project.services(), ComposeJson::service));
        put(root, "networks", byKey(project.networks(), ComposeJson::network));
        put(root, "volumes", byKey(project.volumes(), ComposeJson::volume));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("maps of strings, numbers and lists always serialise", impossible);
        }
    }

    private static Map<String, Object> service(ServiceSpec service) {
        Map<String, Object> json = new TreeMap<>();
        put(json, "image", service.image());
        if (service.build() != null) {
            Map<String, Object> build = new TreeMap<>();
            build.put("context", service.build().context());
            build.put("dockerfile", service.build().dockerfile());
            put(build, "args", service.build().args());
            put(build, "target", service.build().target());
            put(build, "labels", service.build().labels());
            json.put("build", build);
        }
        put(json, "command", service.command());
        put(json, "entrypoint", service.entrypoint());
        put(json, "environment", service.environment());
        put(json, "ports", service.ports().stream().map(ComposeJson::port).toList());
        put(json, "volumes", service.volumes().stream().map(ComposeJson::mount).toList());
        put(json, "networks", byKey(service.networks(), network -> network.equals(ServiceSpec.ServiceNetwork.PLAIN)
                ? null : serviceNetwork(network)));
        put(json, "network_mode", service.networkMode());
        put(json, "depends_on", byKey(service.dependsOn(), ComposeJson::dependsOn));
        put(json, "restart", service.restart());
        if (service.healthcheck() != null) {
            json.put("healthcheck", healthcheck(service.healthcheck()));
        }
        put(json, "labels", service.labels());
        put(json, "container_name", service.containerName());
        put(json, "working_dir", service.workingDir());
        put(json, "user", service.user());
        put(json, "hostname", service.hostname());
        put(json, "extra_hosts", service.extraHosts());
        put(json, "tmpfs", service.tmpfs());
        put(json, "cap_add", service.capAdd());
        put(json, "cap_drop", service.capDrop());
        flag(json, "privileged", service.privileged());
        put(json, "init", service.init());
        flag(json, "tty", service.tty());
        flag(json, "stdin_open", service.stdinOpen());
        put(json, "stop_signal", service.stopSignal());
        put(json, "stop_grace_period", duration(service.stopGracePeriod()));
        if (service.logging() != null) {
            Map<String, Object> logging = new TreeMap<>();
            put(logging, "driver", service.logging().driver());
            put(logging, "options", service.logging().options());
            json.put("logging", logging);
        }
        if (service.scale() != 1) {
            json.put("scale", service.scale());
        }
        put(json, "profiles", service.profiles());
        return json;
    }

    private static Map<String, Object> port(ServiceSpec.PortSpec port) {
        Map<String, Object> json = new TreeMap<>();
        json.put("mode", "ingress");
        put(json, "host_ip", port.hostIp());
        json.put("target", port.target());
        put(json, "published", port.published());
        json.put("protocol", port.protocol());
        return json;
    }

    private static Map<String, Object> mount(ServiceSpec.VolumeMount mount) {
        Map<String, Object> json = new TreeMap<>();
        json.put("type", mount.type());
        put(json, "source", mount.source());
        json.put("target", mount.target());
        flag(json, "read_only", mount.readOnly());
        if (mount.createHostPath()) {
            json.put("bind", Map.of("create_host_path", true));
        }
        if (mount.noCopy()) {
            json.put("volume", Map.of("nocopy", true));
        }
        return json;
    }

    private static Map<String, Object> serviceNetwork(ServiceSpec.ServiceNetwork network) {
        Map<String, Object> json = new TreeMap<>();
        put(json, "aliases", network.aliases());
        put(json, "ipv4_address", network.ipv4Address());
        put(json, "ipv6_address", network.ipv6Address());
        return json;
    }

    private static Map<String, Object> dependsOn(ServiceSpec.DependsOn dependsOn) {
        Map<String, Object> json = new TreeMap<>();
        json.put("condition", dependsOn.condition());
        json.put("required", dependsOn.required());
        flag(json, "restart", dependsOn.restart());
        return json;
    }

    private static Map<String, Object> healthcheck(ServiceSpec.Healthcheck check) {
        Map<String, Object> json = new TreeMap<>();
        put(json, "test", check.test());
        put(json, "interval", duration(check.interval()));
        put(json, "timeout", duration(check.timeout()));
        put(json, "retries", check.retries());
        put(json, "start_period", duration(check.startPeriod()));
        flag(json, "disable", check.disable());
        return json;
    }

    private static Map<String, Object> network(NetworkSpec network) {
        Map<String, Object> json = new TreeMap<>();
        json.put("name", network.name());
        flag(json, "external", network.external());
        put(json, "driver", network.driver());
        put(json, "driver_opts", network.driverOpts());
        if (network.ipam() != null) {
            Map<String, Object> ipam = new TreeMap<>();
            put(ipam, "driver", network.ipam().driver());
            put(ipam, "config", network.ipam().config().stream().map(ComposeJson::pool).toList());
            json.put("ipam", ipam);
        }
        put(json, "labels", network.labels());
        flag(json, "internal", network.internal());
        flag(json, "attachable", network.attachable());
        flag(json, "enable_ipv6", network.enableIpv6());
        return json;
    }

    private static Map<String, Object> pool(NetworkSpec.Pool pool) {
        Map<String, Object> json = new TreeMap<>();
        put(json, "subnet", pool.subnet());
        put(json, "gateway", pool.gateway());
        put(json, "ip_range", pool.ipRange());
        return json;
    }

    private static Map<String, Object> volume(VolumeSpec volume) {
        Map<String, Object> json = new TreeMap<>();
        json.put("name", volume.name());
        flag(json, "external", volume.external());
        put(json, "driver", volume.driver());
        put(json, "driver_opts", volume.driverOpts());
        put(json, "labels", volume.labels());
        return json;
    }

    private static <V> Map<String, Object> byKey(Map<String, V> values, Function<V, Object> json) {
        Map<String, Object> out = new TreeMap<>();
        values.forEach((key, value) -> out.put(key, json.apply(value)));
        return out;
    }

    private static String duration(Duration duration) {
        return duration == null ? null : Durations.format(duration);
    }

    /** Puts the value unless it is null, "" or an empty list or map, as compose's omitempty leaves those out. */
    private static void put(Map<String, Object> json, String key, Object value) {
        boolean empty = value == null || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> list && list.isEmpty() || value instanceof Map<?, ?> map
                && map.isEmpty();
        if (!empty) {
            json.put(key, value);
        }
    }

    private static void flag(Map<String, Object> json, String key, boolean value) {
        if (value) {
            json.put(key, true);
        }
    }
}
