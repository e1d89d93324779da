package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.containers.ContainerSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The labels docker compose v2 writes on what it creates, with the same names and value formats, so that a project
 * Berth started is a project to the CLI and the other way round.
 */
public final class ComposeLabels {
    public static final String PROJECT = "com.docker.compose.project";
    public static final String SERVICE = "com.docker.compose.service";
    public static final String CONTAINER_NUMBER = "com.docker.compose.container-number";
    public static final String ONEOFF = "com.docker.compose.oneoff";
    public static final String CONFIG_HASH = "com.docker.compose.config-hash";
    public static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    public static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    public static final String DEPENDS_ON = "com.docker.compose.depends_on";
    public static final String IMAGE = "com.docker.compose.image";
    public static final String VERSION = "com.docker.compose.version";
    public static final String NETWORK = "com.docker.compose.network";
    public static final String VOLUME = "com.docker.compose.volume";
    /** On a container that replaced another in a recreate: the replaced one's id. */
    public static final String REPLACE = "com.docker.compose.replace";

    /**
     * The docker compose release whose names, labels and recreate rules Berth follows, written as
     * {@code com.docker.compose.version}: the CLI reads that label to know which compose made a container, so Berth
     * names the behaviour it is compatible with rather than a version of its own that the CLI would not know.
     */
    public static final String COMPOSE_COMPATIBILITY = "2.24.0";

    private ComposeLabels() {
    }

    /** The labels every container of the service carries besides the file's own. */
    static Map<String, String> container(ComposeProject project, ServiceSpec service, int number, String configHash,
                                         String imageId) {
        Map<String, String> labels = new LinkedHashMap<>(service.labels());
        labels.put(PROJECT, project.name());
        labels.put(SERVICE, service.name());
        labels.put(VERSION, COMPOSE_COMPATIBILITY);
        labels.put(WORKING_DIR, project.workingDir().toString());
        labels.put(CONFIG_FILES, project.configFiles().stream().map(Path::toString).collect(Collectors.joining(",")));
        labels.put(ONEOFF, "False");
        labels.put(CONFIG_HASH, configHash);
        labels.put(CONTAINER_NUMBER, Integer.toString(number));
        labels.put(DEPENDS_ON, dependsOn(service));
        if (imageId != null) {
            labels.put(IMAGE, imageId);
        }
        return labels;
    }

    static Map<String, String> network(String project, String key, Map<String, String> own) {
        Map<String, String> labels = new LinkedHashMap<>(own);
        labels.put(NETWORK, key);
        labels.put(PROJECT, project);
        labels.put(VERSION, COMPOSE_COMPATIBILITY);
        return labels;
    }

    static Map<String, String> volume(String project, String key, Map<String, String> own) {
        Map<String, String> labels = new LinkedHashMap<>(own);
        labels.put(VOLUME, key);
        labels.put(PROJECT, project);
        labels.put(VERSION, COMPOSE_COMPATIBILITY);
        return labels;
    }

    /** The filter that finds everything of one project. */
    static Map<String, String> ofProject(String project) {
        return Map.of(PROJECT, project);
    }

    /** {@code db:service_healthy:false,cache:service_started:true}: name, condition, restart, in file order. */
    static String dependsOn(ServiceSpec service) {
        List<String> entries = new ArrayList<>();
        service.dependsOn().forEach((name, dependency) -> entries.add(name + ":" + dependency.condition() + ":"
                + dependency.restart()));
        return String.join(",", entries);
    }

    /**
     * The dependencies a container's {@link #DEPENDS_ON} label names, by service; an entry without a condition (an
     * older compose wrote only names) is {@code service_started}. Empty for containers without the label (v1).
     */
    static Map<String, ServiceSpec.DependsOn> dependsOn(String label) {
        Map<String, ServiceSpec.DependsOn> dependencies = new LinkedHashMap<>();
        if (label == null || label.isBlank()) {
            return dependencies;
        }
        for (String entry : label.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts[0].isEmpty()) {
                continue;
            }
            String condition = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : Dependencies.STARTED;
            boolean restart = parts.length > 2 && Boolean.parseBoolean(parts[2]);
            dependencies.put(parts[0], new ServiceSpec.DependsOn(condition, true, restart));
        }
        return dependencies;
    }

    static String service(ContainerSummary container) {
        return container.labels().getOrDefault(SERVICE, "");
    }

    static boolean isOneoff(ContainerSummary container) {
        return "True".equalsIgnoreCase(container.labels().getOrDefault(ONEOFF, "False"));
    }
}
