package dev.berth.compose.load;

import java.util.List;
import java.util.Map;

/** Which merge rule of the compose specification applies at a key path of a compose file. */
enum MergeRule {
    /** The later value replaces the earlier one. */
    REPLACE,
    /** A list of {@code KEY=VALUE} or a mapping, merged by key. */
    BY_KEY,
    /** A list of names or a mapping of names to options, merged by name. */
    BY_NAME,
    /** {@code build}: a context string is the mapping {@code {context: …}}. */
    BUILD,
    /** {@code logging}: options merge only when both files name the same driver (or one names none). */
    LOGGING,
    /** A string or list of strings that holds each value (or each {@code KEY} of {@code KEY=VALUE}) once. */
    UNIQUE,
    /** {@code env_file}: each path once. */
    ENV_FILES,
    /** {@code ipam.config}: one pool per subnet. */
    IPAM_POOLS,
    /** Mappings merge, lists append, scalars are replaced. */
    PLAIN;

    private static final Map<String, MergeRule> RULES = Map.ofEntries(
            Map.entry("services.*.command", REPLACE),
            Map.entry("services.*.entrypoint", REPLACE),
            Map.entry("services.*.healthcheck.test", REPLACE),
            Map.entry("services.*.environment", BY_KEY),
            Map.entry("services.*.labels", BY_KEY),
            Map.entry("services.*.annotations", BY_KEY),
            Map.entry("services.*.sysctls", BY_KEY),
            Map.entry("services.*.build.args", BY_KEY),
            Map.entry("services.*.build.labels", BY_KEY),
            Map.entry("services.*.deploy.labels", BY_KEY),
            Map.entry("services.*.volumes.*.volume.labels", BY_KEY),
            Map.entry("networks.*.labels", BY_KEY),
            Map.entry("volumes.*.labels", BY_KEY),
            Map.entry("services.*.depends_on", BY_NAME),
            Map.entry("services.*.networks", BY_NAME),
            Map.entry("services.*.build", BUILD),
            Map.entry("services.*.logging", LOGGING),
            Map.entry("services.*.env_file", ENV_FILES),
            Map.entry("services.*.extra_hosts", UNIQUE),
            Map.entry("services.*.cap_add", UNIQUE),
            Map.entry("services.*.cap_drop", UNIQUE),
            Map.entry("services.*.profiles", UNIQUE),
            Map.entry("services.*.tmpfs", UNIQUE),
            Map.entry("services.*.dns", UNIQUE),
            Map.entry("services.*.dns_opt", UNIQUE),
            Map.entry("services.*.dns_search", UNIQUE),
            Map.entry("services.*.links", UNIQUE),
            Map.entry("services.*.expose", UNIQUE),
            Map.entry("services.*.networks.*.aliases", UNIQUE),
            Map.entry("networks.*.ipam.config", IPAM_POOLS));

    private static final Map<List<String>, MergeRule> BY_SEGMENTS = RULES.entrySet().stream().collect(
            java.util.stream.Collectors.toMap(rule -> List.of(rule.getKey().split("\\.")), Map.Entry::getValue));

    /** The rule at a path such as {@code [services, web, command]}. */
    static MergeRule at(List<String> path) {
        for (Map.Entry<List<String>, MergeRule> rule : BY_SEGMENTS.entrySet()) {
            if (matches(rule.getKey(), path)) {
                return rule.getValue();
            }
        }
        return PLAIN;
    }

    private static boolean matches(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return false;
        }
        for (int i = 0; i < pattern.size(); i++) {
            if (!pattern.get(i).equals("*") && !pattern.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }
}
