package dev.berth.compose.actions;

import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.NetworkSpec;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.compose.model.VolumeSpec;
import dev.berth.daemon.containers.ContainerSummary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names docker compose v2 gives containers and built images, and the numbers read back from v1's and v2's. */
final class ComposeNames {
    /** The network a service joins when the file names none. */
    static final String DEFAULT_NETWORK = "default";

    /** {@code <project>-<service>-<n>} (v2) or {@code <project>_<service>_<n>} (v1): the number at the end. */
    private static final Pattern NUMBERED = Pattern.compile("[-_](\\d{1,9})$");

    private ComposeNames() {
    }

    /** {@code container_name}, else {@code <project>-<service>-<n>}. */
    static String container(String project, ServiceSpec service, int number) {
        if (service.containerName() != null && !service.containerName().isBlank()) {
            return service.containerName();
        }
        return project + "-" + service.name() + "-" + number;
    }

    /** The image a service runs: {@code image:}, else {@code <project>-<service>}, the name compose v2 builds. */
    static String image(String project, ServiceSpec service) {
        return service.image() != null && !service.image().isBlank() ? service.image()
                : project + "-" + service.name();
    }

    /** A network's engine name: {@code name:} or {@code <project>_<key>}, as the loader resolved it. */
    static String network(ComposeProject project, String key) {
        NetworkSpec network = project.networks().get(key);
        return network != null ? network.name() : project.name() + "_" + key;
    }

    /** A volume's engine name: {@code name:} or {@code <project>_<key>}, as the loader resolved it. */
    static String volume(ComposeProject project, String key) {
        VolumeSpec volume = project.volumes().get(key);
        return volume != null ? volume.name() : project.name() + "_" + key;
    }

    /** The container-number label, else the number its name ends with (v1 and v2 names), else 0. */
    static int number(ContainerSummary container) {
        String label = container.labels().get(ComposeLabels.CONTAINER_NUMBER);
        if (label != null) {
            try {
                return Integer.parseInt(label.strip());
            } catch (NumberFormatException notANumber) {
                // fall back on the name
            }
        }
        Matcher numbered = NUMBERED.matcher(container.name());
        return numbered.find() ? Integer.parseInt(numbered.group(1)) : 0;
    }
}
