package dev.berth.compose;

import dev.berth.compose.actions.ComposeActions;
import dev.berth.compose.actions.ComposeCommandLines;
import dev.berth.compose.config.ResolvedConfigViewModel;
import dev.berth.compose.logs.ProjectLogsViewModel;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.ui.LiveRows;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.ResourceRows;
import dev.berth.ui.RetryableFailure;
import dev.berth.ui.TabContext;
import dev.berth.ui.dialogs.FileRequest;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Compose section: every project on the engine (found through its labels, kept true by the engine's events)
 * and every project the user opened from its files, with what can be done to the selected one, each action's
 * progress, and the details page that shows. All properties change on the {@code ui} executor only.
 */
public final class ComposeViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(100);
    private static final String PROJECT_LABEL = "com.docker.compose.project";

    private final TabContext context;
    private final OpenedFiles opened;
    private final ProjectRuns runs;
    private final BiFunction<String, List<String>, ProjectLogsViewModel> logsFactory;
    private final ResourceRows<ProjectRow> rows = new ResourceRows<>(ProjectRow::observables, ProjectRow::matches);
    private final NoticeHolder notice = new NoticeHolder();
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
        this.context = context;
        this.logsFactory = logs;
        this.config = new ResolvedConfigViewModel(files.io(), context.ui(), files.configWriter());
        this.opened = new OpenedFiles(files, context.ui(), this::refreshSoon);
        this.runs = new ProjectRuns(actions, context, frames, opened, this::refreshSoon,
                () -> page.set(DetailsPage.CONFIGURATION));
        this.live = new LiveRows<>(new LiveRows.Source<>(
                RetryableFailure.offering(() -> actions.projects().thenApplyAsync(ProjectListing::checkingFiles,
                        files.io()), this::reload),
                listing -> listing.entries(opened.all()), ProjectEntry::key, ProjectRow::new, ProjectRow::update),
                rows, notice, context.ui(), context.scheduler(), REFRESH_DEBOUNCE);
        opened.restore();
        rows.selectedProperty().flatMap(ProjectRow::entryProperty).subscribe(entry -> showDetails());
        page.subscribe(this::showDetails);
        live.startAfter(context.startGate());
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
        if (!chosen.isEmpty()) {
            String key = opened.open(chosen);
            live.selectWhenListed(row -> row.key().equals(key), () -> rows.filterTextProperty().set(""));
        }
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
        if (row == null || !ProjectRuns.canUseFiles(row)) {
            return;
        }
        opened.forget(row.key());
        String name = row.name();
        if (row.engine() != null) {
            live.selectWhenListed(listed -> listed.name().equals(name) && !listed.isOpenedFromFiles(), () -> { });
        }
    }

    // ---- actions on the selected project ----

    /** {@code docker compose up -d}, from the files as they are now; a wrong file creates nothing. */
    public void up() {
        withSelected(runs::up);
    }

    /** {@code docker compose pull}. */
    public void pull() {
        withSelected(runs::pull);
    }

    /** {@code docker compose build}. */
    public void build() {
        withSelected(runs::build);
    }

    /** {@code docker compose up -d --scale service=n --no-recreate service}. */
    public void scale(String service, int replicas) {
        if (scaleProblem(replicas).isEmpty()) {
            withSelected(row -> runs.scale(row, service, replicas));
        }
    }

    /** The line of scaling a service of the selected project, for the scale dialog. */
    public String scaleCommandLine(String service, int replicas) {
        ProjectRow row = selected();
        return row == null ? "" : ProjectRuns.scaleCommandLine(row, service, replicas);
    }

    /** Why a number of replicas would be refused, if it would. */
    public static Optional<String> scaleProblem(int replicas) {
        return replicas < 0 || replicas > 100 ? Optional.of("Choose from 0 to 100 replicas.") : Optional.empty();
    }

    public void start() {
        startService(List.of());
    }

    public void stop() {
        stopService(List.of());
    }

    public void restart() {
        restartService(List.of());
    }

    /** {@code docker compose start SERVICE…} of the selected project; no services means all of them. */
    public void startService(List<String> services) {
        withSelected(row -> runs.start(row, services));
    }

    public void stopService(List<String> services) {
        withSelected(row -> runs.stop(row, services));
    }

    public void restartService(List<String> services) {
        withSelected(row -> runs.restart(row, services));
    }

    /**
     * Asks before taking the selected project down, naming its containers and networks; its volumes go only when
     * the user ticks the option that names them.
     */
    public void askDown() {
        withSelected(runs::askDown);
    }

    /** Stops the selected project's running action between steps. */
    public void cancel() {
        withSelected(row -> {
            if (row.activityProperty().get() != null) {
                row.activityProperty().get().cancel();
            }
        });
    }

    /** Puts away what the selected project's last action said, once it has ended. */
    public void dismissActivity() {
        withSelected(row -> {
            if (!row.isBusy()) {
                row.setActivity(null);
            }
        });
    }

    /** Shows the combined log, e.g. to read why a service failed. */
    public void showLogs() {
        page.set(DetailsPage.LOGS);
    }

    private void withSelected(Consumer<ProjectRow> action) {
        ProjectRow row = selected();
        if (row != null) {
            action.accept(row);
        }
    }

    /** Follows the selected row: true while the action is allowed on it. */
    private ObservableValue<Boolean> allowed(Predicate<ProjectRow> allowed) {
        return rows.selectedProperty().flatMap(row -> Bindings.createBooleanBinding(() -> allowed.test(row),
                row.entryProperty(), row.busyProperty())).orElse(false);
    }

    public ObservableValue<Boolean> canUpProperty() {
        return allowed(ProjectRuns::canUp);
    }

    public ObservableValue<Boolean> canDownProperty() {
        return allowed(ProjectRuns::canDown);
    }

    public ObservableValue<Boolean> canStartProperty() {
        return allowed(ProjectRuns::canStart);
    }

    public ObservableValue<Boolean> canStopProperty() {
        return allowed(ProjectRuns::canStop);
    }

    public ObservableValue<Boolean> canRestartProperty() {
        return allowed(ProjectRuns::canRestart);
    }

    public ObservableValue<Boolean> canPullProperty() {
        return allowed(ProjectRuns::canUseFiles);
    }

    public ObservableValue<Boolean> canBuildProperty() {
        return allowed(ProjectRuns::canBuild);
    }

    public ObservableValue<Boolean> canScaleProperty() {
        return allowed(ProjectRuns::canScale);
    }

    public ObservableValue<Boolean> canRemoveFromListProperty() {
        return allowed(ProjectRuns::canUseFiles);
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

    /** Re-reads the projects soon: a burst of changes costs one list call. */
    private void refreshSoon() {
        live.refreshSoon();
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
