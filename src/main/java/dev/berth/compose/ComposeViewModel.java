package dev.berth.compose;

import dev.berth.compose.actions.ComposeActions;
import dev.berth.compose.actions.ComposeCommandLines;
import dev.berth.compose.actions.ComposeTask;
import dev.berth.compose.actions.DownOptions;
import dev.berth.compose.actions.ProjectState;
import dev.berth.compose.actions.ServiceContainer;
import dev.berth.compose.actions.ServiceProgress;
import dev.berth.compose.actions.UpOptions;
import dev.berth.compose.config.ResolvedConfigViewModel;
import dev.berth.compose.logs.ProjectLogsViewModel;
import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.ui.LiveRows;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.ResourceRows;
import dev.berth.ui.TabContext;
import dev.berth.ui.concurrent.UiBatcher;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.dialogs.FileRequest;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Compose section: every project on the engine (found through its labels, kept true by the engine's events)
 * and every project the user opened from its files, with what can be done to the selected one, each action's
 * progress, and the details page that shows. All properties change on the {@code ui} executor only.
 */
public final class ComposeViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(100);
    /** The Down question's option, named as its check box is. */
    static final String REMOVE_VOLUMES = "down-volumes";
    private static final String PROJECT_LABEL = "com.docker.compose.project";

    private final ComposeActions actions;
    private final TabContext context;
    private final ComposeFiles files;
    private final Executor frames;
    private final BiFunction<String, List<String>, ProjectLogsViewModel> logsFactory;
    private final ResourceRows<ProjectRow> rows = new ResourceRows<>(ProjectRow::observables, ProjectRow::matches);
    private final NoticeHolder notice = new NoticeHolder();
    private final Map<String, FileProject> opened = new LinkedHashMap<>();
    private final LiveRows<ProjectListing, ProjectEntry, ProjectRow> live;
    private final ObjectProperty<DetailsPage> page = new SimpleObjectProperty<>(this, "page", DetailsPage.SERVICES);
    private final ReadOnlyObjectWrapper<ProjectLogsViewModel> logs = new ReadOnlyObjectWrapper<>(this, "logs");
    private final ResolvedConfigViewModel config;

    /**
     * @param frames runs progress batches on the UI thread, at most once a frame
     * @param logs   makes the combined log of the project with this name and these services
     */
    public ComposeViewModel(ComposeActions actions, EngineGateway gateway, TabContext context, ComposeFiles files,
                            Executor frames, BiFunction<String, List<String>, ProjectLogsViewModel> logs) {
        this.actions = actions;
        this.context = context;
        this.files = files;
        this.frames = frames;
        this.logsFactory = logs;
        this.config = new ResolvedConfigViewModel(files.io(), context.ui(), files.configWriter());
        this.live = new LiveRows<>(new LiveRows.Source<>(
                () -> actions.projects().thenApplyAsync(ProjectListing::checkingFiles, files.io()),
                listing -> listing.entries(opened.values()), ProjectEntry::key, ProjectRow::new, ProjectRow::update),
                rows, notice::report, context.ui(), context.scheduler(), REFRESH_DEBOUNCE);
        for (List<Path> remembered : files.remembered().load()) {
            FileProject file = FileProject.reading(remembered);
            opened.put(file.key(), file);
            read(file);
        }
        rows.selectedProperty().flatMap(ProjectRow::entryProperty).subscribe(entry -> showDetails());
        page.subscribe(this::showDetails);
        live.follow(gateway, ComposeViewModel::concernsProjects);
    }

    /** A container of some project changed, or a network or volume came or went. */
    static boolean concernsProjects(DaemonEvent event) {
        if (event.changesContainerList()) {
            return event.attributes().containsKey(PROJECT_LABEL);
        }
        return (event.isAbout("network") || event.isAbout("volume"))
                && (event.action().equals("create") || event.action().equals("destroy"));
    }

    // ---- files ----

    /** Asks for a compose file and opens it. */
    public void openFile() {
        context.dialogs().pickFile(FileRequest.open("Open a compose file", "Compose files (*.yaml, *.yml)",
                "*.yaml", "*.yml")).ifPresent(file -> open(List.of(file)));
    }

    /**
     * Opens these files as one project ({@code -f} each, in this order), remembers them, and selects the project;
     * files opened before are selected again.
     */
    public void open(List<Path> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        FileProject file = FileProject.reading(chosen.stream().map(path -> path.toAbsolutePath().normalize())
                .toList());
        if (!opened.containsKey(file.key())) {
            opened.put(file.key(), file);
            saveOpened();
            read(file);
            live.refreshSoon();
        }
        live.selectWhenListed(row -> row.key().equals(file.key()), () -> rows.filterTextProperty().set(""));
    }

    /** A file a drop may mean as a compose file: YAML by its name. */
    public static boolean looksLikeComposeFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Opens the files a project found through its labels was started from. */
    public void loadItsFiles() {
        ProjectRow row = selected();
        if (row != null && row.canLoadItsFiles()) {
            open(row.files());
        }
    }

    /** Forgets the selected project's files; what runs on the engine stays and stays listed. */
    public void removeFromList() {
        ProjectRow row = selected();
        if (row == null || !row.isOpenedFromFiles() || row.isBusy()) {
            return;
        }
        opened.remove(row.key());
        saveOpened();
        String name = row.name();
        live.refreshSoon();
        if (row.engine() != null) {
            live.selectWhenListed(listed -> listed.name().equals(name) && !listed.isOpenedFromFiles(), () -> { });
        }
    }

    private void saveOpened() {
        files.remembered().save(opened.values().stream().map(FileProject::files).toList());
    }

    /** Reads the files off the UI thread; the row shows what they gave. */
    private CompletableFuture<FileProject> read(FileProject file) {
        return CompletableFuture.supplyAsync(() -> load(file), files.io()).thenApplyAsync(done -> {
            if (opened.containsKey(done.key())) {
                opened.put(done.key(), done);
                live.refreshSoon();
            }
            return done;
        }, context.ui());
    }

    private FileProject load(FileProject file) {
        try {
            return file.loaded(files.loader().load(file.files()));
        } catch (ComposeFileException wrong) {
            return file.refused(wrong.problems());
        } catch (RuntimeException unreadable) {
            return file.refused(List.of(new ComposeProblem(file.files().get(0), 0, 0, "",
                    "The file could not be read: " + unreadable.getMessage())));
        }
    }

    // ---- actions ----

    /** {@code docker compose up -d}, from the files as they are now; a wrong file creates nothing. */
    public void up() {
        ProjectRow row = selected();
        if (can(row, ComposeViewModel::canUp)) {
            withFreshProject(row, "Up", project -> ComposeCommandLines.up(project, UpOptions.DEFAULT),
                    "Bringing " + row.name() + " up…", row.name() + " is up",
                    (project, progress) -> actions.up(project, UpOptions.DEFAULT, progress));
        }
    }

    /** {@code docker compose pull}. */
    public void pull() {
        ProjectRow row = selected();
        if (can(row, ComposeViewModel::canUseFiles)) {
            withFreshProject(row, "Pull", ComposeCommandLines::pull, "Pulling the images of " + row.name() + "…",
                    "The images of " + row.name() + " are pulled", actions::pull);
        }
    }

    /** {@code docker compose build}. */
    public void build() {
        ProjectRow row = selected();
        if (can(row, ComposeViewModel::canBuild)) {
            withFreshProject(row, "Build", ComposeCommandLines::build, "Building the images of " + row.name() + "…",
                    "The images of " + row.name() + " are built", actions::build);
        }
    }

    /** {@code docker compose up -d --scale service=n --no-recreate service}. */
    public void scale(String service, int replicas) {
        ProjectRow row = selected();
        if (can(row, ComposeViewModel::canScale) && scaleProblem(replicas).isEmpty()) {
            withFreshProject(row, "Scale", project -> ComposeCommandLines.scale(project, service, replicas),
                    "Scaling " + service + " to " + replicas + "…",
                    service + " runs " + replicas + (replicas == 1 ? " replica" : " replicas"),
                    (project, progress) -> actions.scale(project, service, replicas, progress));
        }
    }

    /** The line of scaling a service of the selected project, for the scale dialog. */
    public String scaleCommandLine(String service, int replicas) {
        ProjectRow row = selected();
        return row == null || row.resolved() == null ? ""
                : ComposeCommandLines.scale(row.resolved(), service, replicas);
    }

    /** Why a number of replicas would be refused, if it would. */
    public static Optional<String> scaleProblem(int replicas) {
        return replicas < 0 || replicas > 100 ? Optional.of("Choose from 0 to 100 replicas.") : Optional.empty();
    }

    public void start() {
        byName("Start", ComposeCommandLines::start, "Starting", "started", actions::start,
                ComposeViewModel::canStart);
    }

    public void stop() {
        byName("Stop", ComposeCommandLines::stop, "Stopping", "stopped", actions::stop, ComposeViewModel::canStop);
    }

    public void restart() {
        byName("Restart", ComposeCommandLines::restart, "Restarting", "restarted", actions::restart,
                ComposeViewModel::canRestart);
    }

    private void byName(String verb, LineByName line, String working, String done, ByName call,
                        Predicate<ProjectRow> allowed) {
        ProjectRow row = selected();
        if (can(row, allowed)) {
            String name = row.name();
            run(row, new ComposeActivity(verb, line.of(filesOf(row), name, List.of()), working + " " + name + "…",
                            name + " is " + done), progress -> call.on(name, List.of(), progress));
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
     * Asks before taking the selected project down, naming its containers and networks; its volumes go only when
     * the user ticks the option that names them.
     */
    public void askDown() {
        ProjectRow row = selected();
        if (!can(row, ComposeViewModel::canDown)) {
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
                            name + " is down"),
                    progress -> actions.down(name, new DownOptions(withVolumes, false), progress));
        });
    }

    private static String downLine(ProjectRow row, boolean withVolumes) {
        return ComposeCommandLines.down(filesOf(row), row.name(), new DownOptions(withVolumes, false));
    }

    /** Stops the selected project's running action between steps. */
    public void cancel() {
        ProjectRow row = selected();
        if (row != null && row.activityProperty().get() != null) {
            row.activityProperty().get().cancel();
        }
    }

    /** Puts away what the selected project's last action said, once it has ended. */
    public void dismissActivity() {
        ProjectRow row = selected();
        if (row != null && row.activityProperty().get() != null && !row.isBusy()) {
            row.setActivity(null);
        }
    }

    /** Shows the combined log, e.g. to read why a service failed. */
    public void showLogs() {
        page.set(DetailsPage.LOGS);
    }

    /**
     * Loads the files first (so the action sees them as they are now), then runs; a wrong file runs nothing. The
     * line shown is the files' as last read until they are read again.
     */
    private void withFreshProject(ProjectRow row, String verb, Function<ComposeProject, String> line, String working,
                                  String done, ByProject call) {
        ComposeActivity activity = new ComposeActivity(verb, row.resolved() == null ? "" : line.apply(row.resolved()),
                "Reading the compose files…", done);
        row.setActivity(activity);
        FileProject file = row.entryProperty().get().file();
        read(FileProject.reading(file.files())).thenAccept(read -> {
            if (read.project() == null) {
                activity.refused(read.problems());
                page.set(DetailsPage.CONFIGURATION);
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
                live.refreshSoon();
            }
        }, context.ui());
    }

    /** The files a line names: the opened ones; a project known by its labels is named by {@code -p} alone. */
    private static List<Path> filesOf(ProjectRow row) {
        return row.isOpenedFromFiles() ? row.files() : List.of();
    }

    // ---- what is allowed ----

    private static boolean canUseFiles(ProjectRow row) {
        return row.isOpenedFromFiles() && !row.isBusy();
    }

    private static boolean canUp(ProjectRow row) {
        return canUseFiles(row);
    }

    private static boolean canBuild(ProjectRow row) {
        return canUseFiles(row) && (row.resolved() == null
                || row.resolved().services().values().stream().anyMatch(service -> service.build() != null));
    }

    private static boolean canScale(ProjectRow row) {
        return canUseFiles(row) && row.resolved() != null;
    }

    private static boolean canDown(ProjectRow row) {
        return row.engine() != null && !row.isBusy();
    }

    private static boolean canStart(ProjectRow row) {
        return canDown(row) && anyContainer(row, state -> state != ContainerState.RUNNING);
    }

    private static boolean canStop(ProjectRow row) {
        return canDown(row) && anyContainer(row, ContainerState::isActive);
    }

    private static boolean canRestart(ProjectRow row) {
        return canDown(row) && anyContainer(row, state -> true);
    }

    private static boolean anyContainer(ProjectRow row, Predicate<ContainerState> state) {
        return row.engine().containers().stream().filter(container -> !container.oneoff())
                .map(ServiceContainer::container).anyMatch(container -> state.test(container.state()));
    }

    private static boolean can(ProjectRow row, Predicate<ProjectRow> allowed) {
        return row != null && allowed.test(row);
    }

    /** Follows the selected row: true while the action is allowed on it. */
    private ObservableValue<Boolean> allowed(Predicate<ProjectRow> allowed) {
        return rows.selectedProperty().flatMap(row -> Bindings.createBooleanBinding(() -> allowed.test(row),
                row.entryProperty(), row.busyProperty())).orElse(false);
    }

    public ObservableValue<Boolean> canUpProperty() {
        return allowed(ComposeViewModel::canUp);
    }

    public ObservableValue<Boolean> canDownProperty() {
        return allowed(ComposeViewModel::canDown);
    }

    public ObservableValue<Boolean> canStartProperty() {
        return allowed(ComposeViewModel::canStart);
    }

    public ObservableValue<Boolean> canStopProperty() {
        return allowed(ComposeViewModel::canStop);
    }

    public ObservableValue<Boolean> canRestartProperty() {
        return allowed(ComposeViewModel::canRestart);
    }

    public ObservableValue<Boolean> canPullProperty() {
        return allowed(ComposeViewModel::canUseFiles);
    }

    public ObservableValue<Boolean> canBuildProperty() {
        return allowed(ComposeViewModel::canBuild);
    }

    public ObservableValue<Boolean> canScaleProperty() {
        return allowed(ComposeViewModel::canScale);
    }

    public ObservableValue<Boolean> canRemoveFromListProperty() {
        return allowed(ComposeViewModel::canUseFiles);
    }

    public ObservableValue<Boolean> canLoadItsFilesProperty() {
        return allowed(ProjectRow::canLoadItsFiles);
    }

    // ---- details ----

    /** Opens what the page shows for the selected project, and closes what no page shows any more. */
    private void showDetails() {
        ProjectRow row = selected();
        DetailsPage shown = page.get();
        String logsOf = shown == DetailsPage.LOGS && row != null && row.engine() != null ? row.name() : null;
        ProjectLogsViewModel open = logs.get();
        if (open != null && !open.project().equals(logsOf)) {
            open.close();
            logs.set(null);
        }
        if (logsOf != null && logs.get() == null) {
            ProjectLogsViewModel made = logsFactory.apply(logsOf, servicesProperty().getValue().stream()
                    .map(ServiceLine::name).toList());
            logs.set(made);
            made.open();
        }
        if (shown == DetailsPage.CONFIGURATION) {
            FileProject file = row == null ? null : row.entryProperty().get().file();
            if (file == null) {
                config.show(List.of(), null, List.of());
            } else if (!file.loading()) {
                config.show(file.files(), file.project(), file.problems());
            }
        }
    }

    /** The page under the list; the view binds its tabs to it. */
    public ObjectProperty<DetailsPage> pageProperty() {
        return page;
    }

    /** The combined log of the selected project while the Logs page shows it, else null. */
    public ReadOnlyObjectProperty<ProjectLogsViewModel> logsProperty() {
        return logs.getReadOnlyProperty();
    }

    /** The {@code docker compose -f … config} line of the selected project, or "" when it has no files. */
    public ObservableValue<String> configCommandLineProperty() {
        return rows.selectedProperty().flatMap(row -> row.entryProperty().map(entry -> row.resolved() == null ? ""
                : ComposeCommandLines.config(row.resolved()))).orElse("");
    }

    public ResolvedConfigViewModel config() {
        return config;
    }

    /** The services of the selected project with their containers, following the engine and the files. */
    public ObservableValue<List<ServiceLine>> servicesProperty() {
        return rows.selectedProperty().flatMap(row -> row.entryProperty().map(entry -> ServiceLine.of(
                entry.file() == null ? null : entry.file().project(), entry.engine()))).orElse(List.of());
    }

    private ProjectRow selected() {
        return rows.selectedProperty().get();
    }

    /** Every project, the ones shown, the search and the selected one. */
    public ResourceRows<ProjectRow> rows() {
        return rows;
    }

    public NoticeHolder notice() {
        return notice;
    }

    public TabContext context() {
        return context;
    }

    /** Re-reads the projects from the engine now. */
    public void reload() {
        live.reload();
    }

    @Override
    public void close() {
        live.close();
        if (logs.get() != null) {
            logs.get().close();
            logs.set(null);
        }
    }
}
