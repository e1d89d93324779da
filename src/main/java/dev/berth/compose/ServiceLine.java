package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.actions.ServiceContainer;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.PortMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One service of a project with its containers, as the services list shows it: what the file asks for (image,
 * replicas) beside what the engine runs. A service the file no longer has (an orphan) is listed too.
 *
 * @param image     the file's image, or the image the containers run when the file is not known
 * @param replicas  the replicas the file asks for, or -1 when the file is not known or has no such service
 */
public record ServiceLine(String name, String image, int replicas, List<ServiceContainer> containers) {
    private static final Pattern HEALTH = Pattern.compile("\\((healthy|unhealthy|health: starting)\\)");

    public ServiceLine {
        containers = List.copyOf(containers);
    }

    /** The services in file order, then those only the engine has, by name; one-off containers are left out. */
    public static List<ServiceLine> of(ComposeProject file, ProjectState engine) {
        Map<String, List<ServiceContainer>> byService = new LinkedHashMap<>();
        if (engine != null) {
            engine.containers().stream().filter(container -> !container.oneoff())
                    .forEach(container -> byService.computeIfAbsent(container.service(), key -> new ArrayList<>())
                            .add(container));
        }
        List<ServiceLine> lines = new ArrayList<>();
        if (file != null) {
            for (ServiceSpec service : file.services().values()) {
                List<ServiceContainer> running = byService.remove(service.name());
                lines.add(new ServiceLine(service.name(), imageOf(file, service), service.scale(),
                        running == null ? List.of() : running));
            }
        }
        byService.keySet().stream().sorted().forEach(name -> {
            List<ServiceContainer> containers = byService.get(name);
            lines.add(new ServiceLine(name, containers.get(0).container().image(), -1, containers));
        });
        return lines;
    }

    private static String imageOf(ComposeProject project, ServiceSpec service) {
        return service.image() != null ? service.image() : project.name() + "-" + service.name() + " (built)";
    }

    public long runningCount() {
        return containers.stream().filter(container -> container.container().state() == ContainerState.RUNNING)
                .count();
    }

    /** "2/2 running", "0/1 running", "not created". */
    public String stateText() {
        int wanted = Math.max(replicas, containers.size());
        if (containers.isEmpty()) {
            return wanted > 0 ? "Not created (" + wanted + (wanted == 1 ? " replica)" : " replicas)") : "Not created";
        }
        return runningCount() + "/" + wanted + " running";
    }

    /** The style class of the service's state pill: all running, some, or none. */
    public String stateStyle() {
        long running = runningCount();
        if (containers.isEmpty()) {
            return "state-created";
        }
        return running == 0 ? "state-exited" : running >= Math.max(replicas, containers.size()) ? "state-running"
                : "state-paused";
    }

    /** Every published port of its containers, as {@code docker ps} shows them. */
    public String portsText() {
        return containers.stream().flatMap(container -> container.container().ports().stream())
                .filter(PortMapping::isPublished).map(PortMapping::display).distinct()
                .collect(Collectors.joining(", "));
    }

    /** "healthy", "unhealthy" or "starting" from the engine's status text ("Up 3 minutes (healthy)"), or "". */
    public static String healthOf(ServiceContainer container) {
        String status = container.container().status();
        Matcher health = HEALTH.matcher(status == null ? "" : status);
        return health.find() ? health.group(1).replace("health: ", "") : "";
    }
}
