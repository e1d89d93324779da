package dev.berth.compose;

import dev.berth.compose.actions.ComposeActions;
import dev.berth.compose.actions.ComposeCommandLines;
import dev.berth.compose.actions.ComposeTask;
import dev.berth.compose.actions.DownOptions;
import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.actions.ServiceContainer;
import dev.berth.compose.actions.ServiceProgress;
import dev.berth.compose.actions.UpOptions;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.ui.TabContext;
import dev.berth.ui.concurrent.UiBatcher;
import dev.berth.ui.dialogs.Confirmation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The compose actions on a project, as the section runs them: which ones a project allows now, the
 * {@code docker compose …} line of each, the question before Down, and each run as a {@link ComposeActivity} whose
 * steps reach the UI once a frame. An action from the files reads them again first, so it sees them as they are; a
 * wrong file runs nothing.
 */
final class ProjectRuns {
    /** The Down question's option, named as its check box is. */
    static final String REMOVE_VOLUMES = "down-volumes";

    private final ComposeActions actions;
    private final TabContext context;
    private final Executor frames;
    private final OpenedFiles files;
    private final Runnable ended;
    private final Runnable showProblems;

    /**
     * @param ended        told when a run ended, so the list is read again
     * @param showProblems shows every problem of files that cannot be loaded
     */
    ProjectRuns(ComposeActions actions, TabContext context, Executor frames, OpenedFiles files, Runnable ended,
                Runnable showProblems) {
        this.actions = actions;
        this.context = context;
        this.frames = frames;
        this.files = files;
        this.ended = ended;
        this.showProblems = showProblems;
    }

    void up(ProjectRow row) {
        if (canUp(row)) {
            withFreshProject(row, "Up", project -> ComposeCommandLines.up(project, UpOptions.DEFAULT),
                    "Bringing " + row.name() + " up…", row.name() + " is up",
                    (project, progress) -> actions.up(project, UpOptions.DEFAULT, progress));
        }
    }

    void pull(ProjectRow row) {
        if (canUseFiles(row)) {
            withFreshProject(row, "Pull", ComposeCommandLines::pull, "Pulling the images of " + row.name() + "…",
                    "The images of " + row.name() + " are pulled", actions::pull);
        }
    }

    void build(ProjectRow row) {
        if (canBuild(row)) {
            withFreshProject(row, "Build", ComposeCommandLines::build, "Building the images of " + row.name() + "…",
                    "The images of " + row.name() + " are built", actions::build);
        }
    }

    void scale(ProjectRow row, String service, int replicas) {
        if (canScale(row)) {
            withFreshProject(row, "Scale", project -> ComposeCommandLines.scale(project, service, replicas),
                    "Scaling " + service + " to " + replicas + "…",
                    service + " runs " + replicas + (replicas == 1 ? " replica" : " replicas"),
                    (project, progress) -> actions.scale(project, service, replicas, progress));
        }
    }

    /** {@code docker compose start [services]}; no services means the whole project. */
    void start(ProjectRow row, List<String> services) {
        byName(row, services, "Start", ComposeCommandLines::start, "Starting", "started", actions::start,
                ProjectRuns::canStart);
    }

    void stop(ProjectRow row, List<String> services) {
        byName(row, services, "Stop", ComposeCommandLines::stop, "Stopping", "stopped", actions::stop,
                ProjectRuns::canStop);
    }

    void restart(ProjectRow row, List<String> services) {
        byName(row, services, "Restart", ComposeCommandLines::restart, "Restarting", "restarted",
                actions::restart, ProjectRuns::canRestart);
    }

    private void byName(ProjectRow row, List<String> services, String verb, LineByName line, String working,
                        String done, ByName call, Predicate<ProjectRow> allowed) {
        if (allowed.test(row)) {
            String name = row.name();
            String what = services.isEmpty() ? name : String.join(", ", services) + " of " + name;
            run(row, new ComposeActivity(verb, line.of(filesOf(row), name, services), working + " " + what + "…",
                    what + (services.size() > 1 ? " are " : " is ") + done),
                    progress -> call.on(name, services, progress));
        }
    }

    /** The line of a start, stop or restart. */
    private interface LineByName {
        String of(List<Path> files, String project, List<String> services);
    }

    /** A start, stop or restart of a project's services, by the project's name. */
    private interface ByName {
        ComposeTask on(String project, List<String> services, Consumer<ServiceProgress> progress);
    }

    /**
     * Asks before taking a project down, naming its containers and networks; its volumes go only when the user
     * ticks the option that names them.
     */
    void askDown(ProjectRow row) {
        if (!canDown(row)) {
            return;
        }
        ProjectState engine = row.engine();
        List<String> targets = new ArrayList<>();
        engine.containers().forEach(container -> targets.add("Container " + container.container().name()));
        engine.networks().forEach(network -> targets.add("Network " + network));
        String volumes = engine.volumes().isEmpty() ? "Also remove the containers' anonymous volumes"
                : "Also remove volumes: " + String.join(", ", engine.volumes());
        Confirmation question = Confirmation.destructive("Take " + row.name() + " down?", targets, "Down",
                        List.of(new Confirmation.Option(REMOVE_VOLUMES, volumes, false)),
                        answer -> downLine(row, answer.ticked(REMOVE_VOLUMES)))
                .explaining("Stops and removes the project's containers and networks, as docker compose down does."
                        + " Its volumes keep their data unless you tick below.");
        context.dialogs().confirm(question).ifPresent(answer -> {
            boolean withVolumes = answer.ticked(REMOVE_VOLUMES);
            String name = row.name();
            run(row, new ComposeActivity("Down", downLine(row, withVolumes), "Taking " + name + " down…",
                    name + " is down"), progress -> actions.down(name, new DownOptions(withVolumes, false), progress));
        });
    }

    private static String downLine(ProjectRow row, boolean withVolumes) {
        return ComposeCommandLines.down(filesOf(row), row.name(), new DownOptions(withVolumes, false));
    }

    /** The line of scaling one of the project's services, from its files as last read; "" before they were. */
    static String scaleCommandLine(ProjectRow row, String service, int replicas) {
        return row.resolved() == null ? "" : ComposeCommandLines.scale(row.resolved(), service, replicas);
    }

    /**
     * Reads the files first, then runs; a wrong file runs nothing. The line shown is the files' as last read until
     * they are read again.
     */
    private void withFreshProject(ProjectRow row, String verb, Function<ComposeProject, String> line, String working,
                                  String done, ByProject call) {
        ComposeActivity activity = new ComposeActivity(verb, row.resolved() == null ? "" : line.apply(row.resolved()),
                "Reading the compose files…", done);
        row.setActivity(activity);
        files.read(FileProject.reading(row.files())).thenAccept(read -> {
            if (read.project() == null) {
                activity.refused(read.problems());
                showProblems.run();
            } else {
                activity.working(working, line.apply(read.project()));
                context.echo().echo(activity.commandLine());
                start(row, activity, progress -> call.on(read.project(), progress));
            }
        });
    }

    /** An action on a resolved project. */
    private interface ByProject {
        ComposeTask on(ComposeProject project, Consumer<ServiceProgress> progress);
    }

    private void run(ProjectRow row, ComposeActivity activity, Function<Consumer<ServiceProgress>, ComposeTask> call) {
        row.setActivity(activity);
        context.echo().echo(activity.commandLine());
        start(row, activity, call);
    }

    private void start(ProjectRow row, ComposeActivity activity,
                       Function<Consumer<ServiceProgress>, ComposeTask> call) {
        UiBatcher<ServiceProgress> steps = new UiBatcher<>(frames, activity::apply);
        ComposeTask task;
        try {
            task = call.apply(steps::add);
        } catch (RuntimeException refused) {
            activity.finished(refused);
            return;
        }
        activity.attach(task);
        task.done().whenCompleteAsync((done, failure) -> {
            steps.flush(); // the last steps before the outcome
            activity.finished(failure);
            if (row.activityProperty().get() == activity) {
                ended.run();
            }
        }, context.ui());
    }

    /** The files a line names: the opened ones; a project known by its labels is named by {@code -p} alone. */
    private static List<Path> filesOf(ProjectRow row) {
        return row.isOpenedFromFiles() ? row.files() : List.of();
    }

    // ---- what a project allows now ----

    static boolean canUseFiles(ProjectRow row) {
        return row.isOpenedFromFiles() && !row.isBusy();
    }

    static boolean canUp(ProjectRow row) {
        return canUseFiles(row);
    }

    /** A project whose files are not read yet may build: the run reads them and says so when nothing builds. */
    static boolean canBuild(ProjectRow row) {
        return canUseFiles(row) && (row.resolved() == null
                || row.resolved().services().values().stream().anyMatch(service -> service.build() != null));
    }

    static boolean canScale(ProjectRow row) {
        return canUseFiles(row) && row.resolved() != null;
    }

    static boolean canDown(ProjectRow row) {
        return row.engine() != null && !row.isBusy();
    }

    static boolean canStart(ProjectRow row) {
        return canDown(row) && anyContainer(row, state -> state != ContainerState.RUNNING);
    }

    static boolean canStop(ProjectRow row) {
        return canDown(row) && anyContainer(row, ContainerState::isActive);
    }

    static boolean canRestart(ProjectRow row) {
        return canDown(row) && anyContainer(row, state -> true);
    }

    private static boolean anyContainer(ProjectRow row, Predicate<ContainerState> state) {
        return row.engine().containers().stream().filter(container -> !container.oneoff())
                .map(ServiceContainer::container).anyMatch(container -> state.test(container.state()));
    }
}
