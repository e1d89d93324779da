package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.actions.ServiceContainer;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;
import dev.berth.daemon.containers.ContainerState;

/**
 * How a project stands, as its state pill says it: every container running ("Running 3/3"), some ("Partly running
 * 1/3"), none ("Exited"), nothing created yet, or a file that cannot be loaded.
 *
 * @param running containers that run (one-off containers of {@code run} are not counted)
 * @param total   the containers the project has, or the replicas its file asks for when that is more
 */
public record ProjectStatus(Kind kind, int running, int total) {

    /** The kinds, each with the style class of its pill. */
    public enum Kind {
        RUNNING("state-running"), PARTLY("state-paused"), EXITED("state-exited"), NOT_CREATED("state-created"),
        INVALID("state-dead"), LOADING("state-busy");

        public final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }
    }

    public static final ProjectStatus LOADING = new ProjectStatus(Kind.LOADING, 0, 0);

    /**
     * @param engine   the project as the engine shows it, or null when it has nothing on the engine
     * @param file     the project its files resolve to, or null when there are none or they were not read
     * @param invalid  the files were read and are wrong
     */
    public static ProjectStatus of(ProjectState engine, ComposeProject file, boolean invalid) {
        int containers = 0;
        int running = 0;
        if (engine != null) {
            for (ServiceContainer container : engine.containers()) {
                if (!container.oneoff()) {
                    containers++;
                    if (container.container().state() == ContainerState.RUNNING) {
                        running++;
                    }
                }
            }
        }
        int total = Math.max(containers, file == null ? 0 : replicas(file));
        if (containers == 0) {
            return new ProjectStatus(invalid ? Kind.INVALID : Kind.NOT_CREATED, 0, total);
        }
        Kind kind = running == 0 ? Kind.EXITED : running >= total ? Kind.RUNNING : Kind.PARTLY;
        return new ProjectStatus(kind, running, total);
    }

    private static int replicas(ComposeProject project) {
        return project.services().values().stream().mapToInt(ServiceSpec::scale).sum();
    }

    /** "Running 3/3", "Partly running 1/3", "Exited", "Not created", "File has errors". */
    public String label() {
        return switch (kind) {
            case RUNNING -> "Running " + running + "/" + total;
            case PARTLY -> "Partly running " + running + "/" + total;
            case EXITED -> "Exited";
            case NOT_CREATED -> "Not created";
            case INVALID -> "File has errors";
            case LOADING -> "Reading…";
        };
    }
}
