package dev.berth.compose.logs;

import dev.berth.compose.actions.ComposeCommandLines;
import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.logs.LogViewModel;
import dev.berth.ui.concurrent.UiBatcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * The combined log of a compose project, like {@code docker compose logs --follow}: one stream per container of
 * the project, each line prefixed with its service and replica ("web-1  | ") in the service's colour, in Berth's
 * log view with its search, filter and save. Containers that appear later (a scale up, a recreate) join in as the
 * engine starts them; a restarted one carries on where it stopped; a removed one's lines stay. Engine events reach
 * it in batches on {@code ui}.
 */
public final class ProjectLogsViewModel implements AutoCloseable {
    static final String PROJECT = "com.docker.compose.project";
    static final String SERVICE = "com.docker.compose.service";
    static final String NUMBER = "com.docker.compose.container-number";
    static final String ONEOFF = "com.docker.compose.oneoff";

    private final EngineGateway gateway;
    private final String project;
    private final List<String> services;
    private final Executor ui;
    private final LogViewModel log;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private LogPrefixes prefixes;
    private boolean opened;
    private boolean closed;

    /**
     * @param services the project's services as far as they are known, in order (their colours follow it)
     * @param logs     makes the combined log model from its name and the {@code docker compose logs} line it equals
     *                 ({@link LogViewModel#combined})
     */
    public ProjectLogsViewModel(EngineGateway gateway, String project, List<String> services, Executor ui,
                                BiFunction<String, String, LogViewModel> logs) {
        this.gateway = gateway;
        this.project = project;
        this.services = List.copyOf(services);
        this.ui = ui;
        this.log = logs.apply(project, ComposeCommandLines.logs(List.of(), project, List.of()));
    }

    /** Lists the project's containers and opens a stream for each; call it once, when the log is shown. */
    public void open() {
        if (opened || closed) {
            return;
        }
        opened = true;
        UiBatcher<DaemonEvent> events = new UiBatcher<>(ui, batch -> batch.forEach(this::apply));
        subscriptions.add(gateway.subscribeEvents(event -> {
            if (event.isAbout("container") && project.equals(event.attributes().get(PROJECT))
                    && (event.action().equals("start") || event.action().equals("destroy"))) {
                events.add(event);
            }
        }));
        AtomicBoolean wasDown = new AtomicBoolean();
        subscriptions.add(gateway.onConnectionChange(state -> {
            if (state.status() == ConnectionState.Status.DOWN) {
                wasDown.set(true);
            } else if (state.isUp() && wasDown.getAndSet(false)) {
                ui.execute(log::engineReconnected);
            }
        }));
        gateway.containers().list().whenCompleteAsync((all, failure) -> {
            if (failure != null) {
                log.notice().report(failure);
            }
            listed(failure == null ? all : List.of());
        }, ui);
    }

    private void listed(List<ContainerSummary> all) {
        if (closed) {
            return;
        }
        List<ContainerSummary> mine = all.stream().filter(this::isOfProject)
                .sorted(Comparator.comparing((ContainerSummary container) -> container.labels().getOrDefault(SERVICE, ""))
                        .thenComparingInt(ProjectLogsViewModel::numberOf))
                .toList();
        if (prefixes == null) {
            prefixes = new LogPrefixes(services, mine.stream().map(ProjectLogsViewModel::labelOf).toList());
        }
        mine.forEach(container -> add(container.id(), container.labels()));
        log.open();
    }

    private boolean isOfProject(ContainerSummary container) {
        return project.equals(container.labels().get(PROJECT))
                && !"True".equalsIgnoreCase(container.labels().get(ONEOFF));
    }

    private void apply(DaemonEvent event) {
        if (closed || prefixes == null) {
            return; // the listing that comes after the subscription picks the container up
        }
        if (event.action().equals("destroy")) {
            log.containerRemoved(event.actorId());
        } else if (log.hasContainer(event.actorId())) {
            log.containerStarted(event.actorId());
        } else if (!"True".equalsIgnoreCase(event.attributes().get(ONEOFF))) {
            add(event.actorId(), event.attributes());
        }
    }

    private void add(String id, Map<String, String> labels) {
        String service = labels.getOrDefault(SERVICE, "");
        String label = LogPrefixes.label(service, parse(labels.get(NUMBER)));
        log.addContainer(id, prefixes.prefix(service, label), label);
    }

    private static String labelOf(ContainerSummary container) {
        return LogPrefixes.label(container.labels().getOrDefault(SERVICE, ""), numberOf(container));
    }

    private static int numberOf(ContainerSummary container) {
        return parse(container.labels().get(NUMBER));
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public String project() {
        return project;
    }

    /** The project's services as known when the log was opened, in the order their colours follow. */
    public List<String> services() {
        return services;
    }

    /** The log the view shows. */
    public LogViewModel log() {
        return log;
    }

    @Override
    public void close() {
        closed = true;
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        log.close();
    }
}
