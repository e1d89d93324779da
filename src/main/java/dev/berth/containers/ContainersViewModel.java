package dev.berth.containers;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.cli.ContainerCommandLines;
import dev.berth.daemon.containers.ContainerDetails;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.containers.ContainerState;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.containers.PortMapping;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.ui.LiveRows;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.ResourceRows;
import dev.berth.ui.RetryableFailure;
import dev.berth.ui.TabContext;
import dev.berth.ui.concurrent.UiBatcher;
import dev.berth.ui.dialogs.Confirmation;
import dev.berth.ui.form.EngineNames;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The Containers tab: every container, kept true by the engine's events, filtered by text and state, and the
 * lifecycle actions on the selected one. All properties change on the {@code ui} executor only.
 */
public final class ContainersViewModel implements AutoCloseable {
    static final Duration REFRESH_DEBOUNCE = Duration.ofMillis(40);
    /** The removal question's options, named as their check boxes are. */
    static final String FORCE = "remove-force";
    static final String VOLUMES = "remove-volumes";

    private final ContainerOperations containers;
    private final TabContext context;

    private final ResourceRows<ContainerRow> rows = new ResourceRows<>(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()}, ContainerRow::matches);
    private final BooleanProperty hideStopped = new SimpleBooleanProperty(this, "hideStopped", false);
    private final BooleanProperty groupByProject = new SimpleBooleanProperty(this, "groupByProject", false);
    private final ContainerGroups groups;
    private final ObservableList<ContainerRow> selectedRows = FXCollections.observableArrayList(
            row -> new Observable[] {row.summaryProperty(), row.pendingActionProperty()});
    private final NoticeHolder notice = new NoticeHolder();
    private final LiveRows<List<ContainerSummary>, ContainerSummary, ContainerRow> live;
    private final Subscription startsAndDeaths;

    public ContainersViewModel(EngineGateway gateway, TabContext context) {
        this.containers = gateway.containers();
        this.context = context;
        this.live = new LiveRows<>(LiveRows.Source.of(RetryableFailure.offering(containers::list, this::reload),
                ContainerSummary::id, ContainerRow::new, ContainerRow::update), rows, notice, context.ui(),
                context.scheduler(), REFRESH_DEBOUNCE);
        rows.all().addListener((ListChangeListener<ContainerRow>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    selectedRows.removeAll(change.getRemoved()); // a vanished container is no target
                }
            }
        });
        hideStopped.addListener((obs, old, hide) ->
                rows.narrow(hide ? row -> row.state().isActive() : row -> true));
        groups = new ContainerGroups(rows.visible(), context.ui());
        groupByProject.subscribe(groups::follow);
        // a container's "die" comes a moment before the engine's list stops saying running, and a list call asked
        // before a "start" may answer after it: the row says what the event told at once
        UiBatcher<DaemonEvent> news = new UiBatcher<>(context.ui(), this::told);
        startsAndDeaths = gateway.subscribeEvents(event -> {
            if (isStartOrDie(event)) {
                news.add(event);
            }
        });
        live.catchUpAfter(ContainersViewModel::isStartOrDie, row -> !row.awaitsListing());
        live.follow(gateway, DaemonEvent::changesContainerList);
    }

    private static boolean isStartOrDie(DaemonEvent event) {
        return event.changesContainerList() && (event.action().equals("start") || event.action().equals("die"));
    }

    /** Shows what start and die events tell on their rows before the list does. */
    private void told(List<DaemonEvent> events) {
        Map<String, ContainerRow> byId = new HashMap<>();
        rows.all().forEach(row -> byId.put(row.id(), row));
        Instant now = Instant.now();
        rows.updateTogether(() -> {
            for (DaemonEvent event : events) {
                ContainerRow row = byId.get(event.actorId());
                if (row == null) {
                    continue;
                }
                if (event.action().equals("start")) {
                    row.told(ContainerState.RUNNING, "Up Less than a second", now);
                } else {
                    row.told(ContainerState.EXITED, "Exited (" + event.attributes().getOrDefault("exitCode", "0")
                            + ") Less than a second ago", now);
                }
            }
        });
    }

    /** Re-reads the list from the engine; answers that arrive out of order are dropped. */
    public void reload() {
        live.reload();
    }

    /**
     * Host port → the container publishing it, for the Run dialog's check; leaves out {@code exceptId} (the
     * container being edited, whose ports are freed by the recreate).
     */
    public Map<Integer, String> hostPortsInUse(String exceptId) {
        Map<Integer, String> inUse = new HashMap<>();
        for (ContainerRow row : rows.all()) {
            if (!row.id().equals(exceptId) && row.state().isActive()) {
                row.summaryProperty().get().ports().stream().filter(PortMapping::isPublished)
                        .forEach(port -> inUse.putIfAbsent(port.hostPort(), row.name()));
            }
        }
        return inUse;
    }

    /** Asks the view to select this container (id, short id or name) as soon as it is listed, e.g. the one just run. */
    public void selectWhenListed(String id) {
        live.selectWhenListed(row -> id != null && (row.id().startsWith(id) || row.name().equals(id)), () -> { });
    }

    /**
     * The view reports the table's selection here: every selected row, and the one the details follow. A project's
     * row stands for its containers, so the actions apply to them; the details show no container then.
     */
    public void setSelection(List<ContainerRow> chosen, ContainerRow focused) {
        Set<ContainerRow> targets = new LinkedHashSet<>();
        for (ContainerRow row : chosen) {
            if (row.isGroupHeader()) {
                targets.addAll(groups.membersOf(row));
            } else {
                targets.add(row);
            }
        }
        selectedRows.setAll(targets);
        rows.select(focused != null && focused.isGroupHeader() ? null : focused);
    }

    /** The selected rows the action applies to (a bulk "stop" skips the ones already stopped). */
    public List<ContainerRow> targetsOf(LifecycleAction action) {
        return selectedRows.stream().filter(row -> !row.isBusy() && action.appliesTo(row.state())).toList();
    }

    /** True while at least one selected row can take the action; follows state changes of the rows. */
    public BooleanBinding canPerform(LifecycleAction action) {
        return Bindings.createBooleanBinding(() -> !targetsOf(action).isEmpty(), selectedRows);
    }

    public CompletableFuture<Void> perform(LifecycleAction action) {
        List<ContainerRow> targets = targetsOf(action);
        return act(targets, action.progress(), action::commandLine, id -> action.perform(containers, id));
    }

    /**
     * Asks before removing every selected container, naming each, then removes the ones named. Force starts ticked
     * when one of them runs (the engine refuses a running container without it); their anonymous volumes go only
     * when the user ticks it.
     */
    public CompletableFuture<Void> askRemoveSelected() {
        List<ContainerRow> targets = selectedRows.stream().filter(row -> !row.isBusy()).toList();
        if (targets.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> names = names(targets);
        boolean anyRunning = targets.stream().anyMatch(row -> row.state().isActive());
        Confirmation question = Confirmation.destructive(targets.size() == 1 ? "Remove this container?"
                        : "Remove these " + targets.size() + " containers?", names, "Remove",
                List.of(new Confirmation.Option(FORCE, "Stop running containers first (force)", anyRunning),
                        new Confirmation.Option(VOLUMES, "Also remove their anonymous volumes", false)),
                answer -> removeCommand(names, answer.ticked(FORCE), answer.ticked(VOLUMES)));
        return context.dialogs().confirm(question)
                .map(answer -> remove(targets, answer.ticked(FORCE), answer.ticked(VOLUMES)))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** Removes the named containers, less any that another action took up while the question was open. */
    private CompletableFuture<Void> remove(List<ContainerRow> named, boolean force, boolean removeVolumes) {
        List<ContainerRow> targets = named.stream().filter(row -> !row.isBusy()).toList();
        return act(targets, "Removing…", names -> removeCommand(names, force, removeVolumes),
                id -> containers.remove(id, force, removeVolumes));
    }

    public static String removeCommand(List<String> names, boolean force, boolean removeVolumes) {
        return ContainerCommandLines.remove(names, force, removeVolumes);
    }

    /** Renames the focused container; {@code newName} must pass {@link #nameProblem}. */
    public CompletableFuture<Void> renameSelected(String newName) {
        ContainerRow target = rows.selectedProperty().get();
        if (target == null || target.isBusy() || nameProblem(newName).isPresent()) {
            return CompletableFuture.completedFuture(null);
        }
        return act(List.of(target), "Renaming…", names -> ContainerCommandLines.rename(names.get(0), newName),
                id -> containers.rename(id, newName));
    }

    /** Why a container name would be refused by the engine, if it would. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a name.");
        }
        if (!EngineNames.isValid(name)) {
            return Optional.of("Use two or more letters, digits, '_', '.' or '-', starting with a letter or digit.");
        }
        return Optional.empty();
    }

    private static List<String> names(List<ContainerRow> rows) {
        return rows.stream().map(ContainerRow::name).toList();
    }

    /**
     * Calls the engine for each target, each row showing {@code progress} meanwhile. The first failure becomes the
     * notice, offering (where trying again may work) the same call once more for the targets it failed for.
     *
     * @param command the {@code docker …} line for the targets' names
     */
    private CompletableFuture<Void> act(List<ContainerRow> targets, String progress,
                                        Function<List<String>, String> command,
                                        Function<String, CompletableFuture<Void>> call) {
        if (targets.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        context.echo().echo(command.apply(names(targets)));
        notice.begin();
        List<ContainerRow> failed = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (ContainerRow target : targets) {
            target.setPendingAction(progress);
            calls.add(call.apply(target.id()).whenCompleteAsync((done, failure) -> {
                target.setPendingAction("");
                if (failure != null) {
                    failed.add(target);
                    failures.add(failure);
                }
            }, context.ui()));
        }
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).whenCompleteAsync((done, failure) -> {
            if (failures.isEmpty()) {
                notice.succeeded();
            } else {
                notice.report(failures.get(0), () -> retry(failed, progress, command, call));
            }
        }, context.ui());
    }

    /** The same call again for the rows it failed for, less any that another action took up meanwhile. */
    private void retry(List<ContainerRow> failed, String progress, Function<List<String>, String> command,
                       Function<String, CompletableFuture<Void>> call) {
        List<ContainerRow> targets = failed.stream().filter(row -> !row.isBusy() && rows.all().contains(row)).toList();
        if (targets.isEmpty()) {
            notice.set(null); // nothing left to try again
        } else {
            act(targets, progress, command, call);
        }
    }

    /** Every container, the ones shown, the search, the row the details follow and the one to select next. */
    public ResourceRows<ContainerRow> rows() {
        return rows;
    }

    public BooleanProperty hideStoppedProperty() {
        return hideStopped;
    }

    /** Whether the table groups the containers of each compose project under a row of the project. */
    public BooleanProperty groupByProjectProperty() {
        return groupByProject;
    }

    ContainerGroups groups() {
        return groups;
    }

    public ObservableList<ContainerRow> selectedRows() {
        return FXCollections.unmodifiableObservableList(selectedRows);
    }

    public NoticeHolder notice() {
        return notice;
    }

    /** The settings a container was created with, read back from the engine, to edit them in the Run dialog. */
    public CompletableFuture<RunSpec> runSpecOf(String id) {
        return containers.inspect(id).thenApply(ContainerDetails::runSpec);
    }

    @Override
    public void close() {
        startsAndDeaths.close();
        live.close();
    }
}
