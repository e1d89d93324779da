package dev.berth.compose.load;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The keys the compose specification allows in one kind of mapping, split into those Berth applies and those it
 * accepts but does not apply yet (each named in a warning). Any other key, except an {@code x-} extension, is an
 * error that names the closest allowed key.
 */
enum KeySet {
    TOP(List.of("version", "name", "services", "networks", "volumes"),
            List.of("include", "secrets", "configs", "models")),
    SERVICE(List.of("image", "build", "command", "entrypoint", "environment", "env_file", "ports", "volumes",
            "networks", "network_mode", "depends_on", "restart", "healthcheck", "labels", "container_name",
            "working_dir", "user", "hostname", "extra_hosts", "tmpfs", "cap_add", "cap_drop", "privileged", "init",
            "tty", "stdin_open", "stop_signal", "stop_grace_period", "logging", "scale", "deploy", "profiles",
            "extends"),
            List.of("develop", "annotations", "attach", "blkio_config", "cgroup", "cgroup_parent", "configs",
                    "cpu_count", "cpu_percent", "cpu_shares", "cpu_quota", "cpu_period", "cpu_rt_period",
                    "cpu_rt_runtime", "cpus", "cpuset", "credential_spec", "device_cgroup_rules", "devices", "dns",
                    "dns_opt", "dns_search", "domainname", "label_file", "expose", "provider", "external_links",
                    "gpus", "group_add", "ipc", "isolation", "links", "mac_address", "mem_limit", "mem_reservation",
                    "mem_swappiness", "memswap_limit", "models", "oom_kill_disable", "oom_score_adj", "pid",
                    "pids_limit", "platform", "pre_start", "post_start", "pre_stop", "pull_policy",
                    "pull_refresh_after", "read_only", "runtime", "security_opt", "shm_size", "secrets", "sysctls",
                    "storage_opt", "ulimits", "use_api_socket", "uts", "userns_mode", "volumes_from")),
    BUILD(List.of("context", "dockerfile", "args", "target", "labels"),
            List.of("dockerfile_inline", "entitlements", "ssh", "cache_from", "cache_to", "no_cache",
                    "no_cache_filter", "additional_contexts", "network", "provenance", "sbom", "pull", "shm_size",
                    "extra_hosts", "isolation", "privileged", "secrets", "tags", "ulimits", "platforms")),
    HEALTHCHECK(List.of("test", "interval", "timeout", "retries", "start_period", "disable"),
            List.of("start_interval")),
    DEPLOY(List.of("replicas"),
            List.of("mode", "endpoint_mode", "labels", "rollback_config", "update_config", "resources",
                    "restart_policy", "placement")),
    LOGGING(List.of("driver", "options"), List.of()),
    PORT(List.of("target", "published", "host_ip", "protocol", "mode"), List.of("name", "app_protocol")),
    MOUNT(List.of("type", "source", "target", "read_only", "bind", "volume"),
            List.of("consistency", "tmpfs", "image")),
    MOUNT_BIND(List.of("create_host_path"), List.of("propagation", "recursive", "selinux")),
    MOUNT_VOLUME(List.of("nocopy"), List.of("labels", "subpath")),
    SERVICE_NETWORK(List.of("aliases", "ipv4_address", "ipv6_address"),
            List.of("interface_name", "link_local_ips", "mac_address", "driver_opts", "priority", "gw_priority")),
    DEPENDS_ON(List.of("condition", "required", "restart"), List.of()),
    EXTENDS(List.of("service", "file"), List.of()),
    ENV_FILE(List.of("path", "required"), List.of("format")),
    NETWORK(List.of("name", "driver", "driver_opts", "ipam", "external", "internal", "enable_ipv6", "attachable",
            "labels"), List.of("enable_ipv4")),
    IPAM(List.of("driver", "config"), List.of("options")),
    IPAM_POOL(List.of("subnet", "ip_range", "gateway"), List.of("aux_addresses")),
    VOLUME(List.of("name", "driver", "driver_opts", "external", "labels"), List.of()),
    EXTERNAL(List.of("name"), List.of());

    private final Set<String> applied;
    private final Set<String> notApplied;

    KeySet(List<String> applied, List<String> notApplied) {
        this.applied = Set.copyOf(applied);
        this.notApplied = Set.copyOf(notApplied);
    }

    /**
     * Checks every key of {@code map}: an error for an unknown key, a warning for one Berth does not apply.
     *
     * @return whether every key is known
     */
    boolean check(YamlMap map, String path, Problems problems) {
        boolean known = true;
        for (YamlMap.Entry entry : map.entries().values()) {
            String key = entry.key();
            String keyPath = KeyPaths.child(path, key);
            if (key.startsWith("x-") || applied.contains(key)) {
                continue;
            }
            if (notApplied.contains(key)) {
                problems.warn(entry.keyPlace(), keyPath, "Berth does not apply " + key + " yet; it is ignored.");
            } else {
                problems.error(entry.keyPlace(), keyPath, key + " is not a key compose knows here; did you mean "
                        + closest(key) + "?");
                known = false;
            }
        }
        return known;
    }

    /** The allowed key nearest to {@code key} by edit distance (ties go to the applied keys, then alphabetically). */
    String closest(String key) {
        return Stream.concat(applied.stream().sorted(), notApplied.stream().sorted())
                .min(Comparator.comparingInt(candidate -> distance(key.toLowerCase(java.util.Locale.ROOT),
                        candidate)))
                .orElse("");
    }

    private static int distance(String from, String to) {
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }
}
