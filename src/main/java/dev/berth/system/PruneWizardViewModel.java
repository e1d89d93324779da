package dev.berth.system;

import dev.berth.daemon.cli.PruneCommandLines;
import dev.berth.daemon.system.PruneCandidate;
import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PrunePlan;
import dev.berth.daemon.system.PruneReport;
import dev.berth.daemon.system.SystemOperations;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The prune wizard: load the plan, let the user untick objects, remove exactly the ticked ones, report. Kinds in
 * {@code preselected} start ticked; unused volumes only when asked for (their data is lost), unused tagged images
 * only when asked for (like {@code docker system prune} without {@code -a}).
 */
public final class PruneWizardViewModel {
    /** What {@code docker system prune} takes without flags. */
    public static final Set<PruneKind> SYSTEM_PRUNE_DEFAULTS = EnumSet.of(PruneKind.STOPPED_CONTAINERS,
            PruneKind.UNUSED_NETWORKS, PruneKind.DANGLING_IMAGES, PruneKind.BUILD_CACHE);

    public enum Stage { LOADING, PREVIEW, RUNNING, REPORT }

    private final SystemOperations system;
    private final Executor ui;
    private final CommandEcho echo;
    private final Set<PruneKind> preselected;
    private final ObservableList<CandidateRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.tickedProperty()});
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.LOADING);
    private final ReadOnlyObjectWrapper<PrunePlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<PruneReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final NoticeHolder notice = new NoticeHolder();
    private final LongBinding reclaimable;
    private final StringBinding commandLine;
    private final BooleanBinding canRun;

    public PruneWizardViewModel(SystemOperations system, Executor ui, CommandEcho echo, Set<PruneKind> preselected) {
        this.system = system;
        this.ui = ui;
        this.echo = echo;
        this.preselected = preselected.isEmpty() ? EnumSet.noneOf(PruneKind.class) : EnumSet.copyOf(preselected);
        this.reclaimable = Bindings.createLongBinding(() -> ticked().stream().mapToLong(PruneCandidate::size)
                .filter(size -> size > 0).sum(), rows);
        this.commandLine = Bindings.createStringBinding(() -> plan.get() == null ? ""
                : PruneCommandLines.commandLine(plan.get(), ticked()), rows, plan);
        this.canRun = Bindings.createBooleanBinding(() -> stage.get() == Stage.PREVIEW && !ticked().isEmpty(),
                rows, stage);
    }

    /** Asks the engine what a prune would take now. */
    public void load() {
        stage.set(Stage.LOADING);
        system.planPrune().whenCompleteAsync((latest, failure) -> {
            if (failure != null) {
                notice.report(failure, this::load);
                rows.clear();
                stage.set(Stage.PREVIEW);
                return;
            }
            notice.set(null);
            rows.setAll(latest.candidates().stream()
                    .map(candidate -> new CandidateRow(candidate, preselected.contains(candidate.kind()))).toList());
            plan.set(latest); // after the rows: the view lays out its sections when the plan arrives
            stage.set(Stage.PREVIEW);
        }, ui);
    }

    public List<CandidateRow> rowsOf(PruneKind kind) {
        return rows.stream().filter(row -> row.candidate().kind() == kind).toList();
    }

    /** Ticks or unticks every object of a kind. */
    public void tickAll(PruneKind kind, boolean tick) {
        rowsOf(kind).forEach(row -> row.tickedProperty().set(tick));
    }

    public List<PruneCandidate> ticked() {
        return rows.stream().filter(CandidateRow::isTicked).map(CandidateRow::candidate).toList();
    }

    /** Removes exactly the ticked objects, then shows the report. */
    public CompletableFuture<PruneReport> run() {
        List<PruneCandidate> chosen = ticked();
        if (stage.get() != Stage.PREVIEW || chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        echo.echo(commandLine.get());
        stage.set(Stage.RUNNING);
        return system.prune(chosen).whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                notice.set(Notice.error(failure));
                stage.set(Stage.PREVIEW);
            } else {
                report.set(done);
                stage.set(Stage.REPORT);
            }
        }, ui);
    }

    public ObservableList<CandidateRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrunePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PruneReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public NoticeHolder notice() {
        return notice;
    }

    /** The bytes the ticked objects give back (objects of unknown size count as none). */
    public LongBinding reclaimableBytes() {
        return reclaimable;
    }

    /** The `docker …` line the ticked objects equal. */
    public StringBinding commandLine() {
        return commandLine;
    }

    public BooleanBinding canRun() {
        return canRun;
    }
}
