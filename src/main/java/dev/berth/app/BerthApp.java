package dev.berth.app;

import dev.berth.about.AboutViewModel;
import dev.berth.about.AboutWindow;
import dev.berth.about.BerthVersion;
import dev.berth.compose.ComposeFiles;
import dev.berth.compose.ComposeView;
import dev.berth.compose.ComposeViewModel;
import dev.berth.compose.actions.EngineComposeActions;
import dev.berth.compose.load.ComposeJson;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadRequest;
import dev.berth.compose.logs.ProjectLogsViewModel;
import dev.berth.console.ConsoleTabs;
import dev.berth.console.ConsoleViewModel;
import dev.berth.containers.ContainerDock;
import dev.berth.containers.ContainersView;
import dev.berth.containers.ContainersViewModel;
import dev.berth.containers.details.ContainerDetailsView;
import dev.berth.containers.details.ContainerDetailsViewModel;
import dev.berth.containers.details.ContainerNetworkActions;
import dev.berth.containers.files.ContainerFilesViewModel;
import dev.berth.containers.run.RunDialogs;
import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.containers.ContainerSummary;
import dev.berth.daemon.system.PruneKind;
import dev.berth.events.EventsView;
import dev.berth.events.EventsViewModel;
import dev.berth.events.NotificationCenter;
import dev.berth.events.NotificationSettings;
import dev.berth.events.PopupNotifier;
import dev.berth.images.ImagesView;
import dev.berth.images.ImagesViewModel;
import dev.berth.images.build.BuildDialogViewModel;
import dev.berth.images.build.BuildDialogs;
import dev.berth.images.details.ImageDetailsViewModel;
import dev.berth.logs.LogBuffer;
import dev.berth.logs.LogTabs;
import dev.berth.logs.LogViewModel;
import dev.berth.networks.NetworkDetailsViewModel;
import dev.berth.networks.NetworkDialogs;
import dev.berth.networks.NetworksView;
import dev.berth.networks.NetworksViewModel;
import dev.berth.system.DashboardView;
import dev.berth.system.DashboardViewModel;
import dev.berth.system.PruneWizard;
import dev.berth.system.PruneWizardViewModel;
import dev.berth.ui.AppIcon;
import dev.berth.ui.CommandEcho;
import dev.berth.ui.EngineStatusViewModel;
import dev.berth.ui.Icons;
import dev.berth.ui.TabContext;
import dev.berth.ui.Theme;
import dev.berth.ui.UserAction;
import dev.berth.ui.concurrent.AgeClock;
import dev.berth.ui.concurrent.PulseExecutor;
import dev.berth.ui.concurrent.Scheduler;
import dev.berth.ui.concurrent.StartGate;
import dev.berth.ui.dialogs.FxDialogs;
import dev.berth.volumes.VolumesView;
import dev.berth.volumes.VolumesViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/** The composition root: wires the gateway to the view models and the view models to the window. */
public final class BerthApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(BerthApp.class);

    private final Settings settings = Settings.forUser();
    private final ScheduledExecutorService uiTimer = Executors.newSingleThreadScheduledExecutor(
            daemonThread("berth-ui-timer"));
    private final ExecutorService logSaves = Executors.newSingleThreadExecutor(daemonThread("berth-log-save"));
    private final ExecutorService eventExports = Executors.newSingleThreadExecutor(daemonThread("berth-event-export"));
    private final ExecutorService composeFiles = Executors.newSingleThreadExecutor(daemonThread("berth-compose-files"));
    /** Parses the consoles' output, one task per console at a time. */
    private final ExecutorService terminalParsing = Executors.newCachedThreadPool(daemonThread("berth-terminal"));
    private EngineGateway gateway;
    private EngineStatusViewModel engineStatus;
    private ContainersViewModel containers;
    private ContainerDetailsViewModel details;
    private ContainerDock dock;
    private DashboardViewModel dashboard;
    private VolumesViewModel volumes;
    private ImagesViewModel images;
    private AgeClock ages;
    private EventsViewModel events;
    private NotificationCenter notifications;
    private NetworksViewModel networks;
    private ComposeViewModel compose;
    private Stage stage;
    private boolean dark;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Icons.loadInBackground(Section.CONTAINERS.icon);
        gateway = EarlyStart.takeGateway(); // connecting while the window is built
        dark = settings.theme().apply(System.getenv());
        Executor ui = Platform::runLater;
        Scheduler scheduler = Scheduler.on(uiTimer);
        ages = new AgeClock(scheduler, ui, InstantSource.system());
        CommandEcho echo = new CommandEcho();
        // the other sections read their lists once the container list, which the window opens with, has its answer
        StartGate afterFirstList = new StartGate();
        TabContext tabs = new TabContext(ui, scheduler, echo, new FxDialogs(() -> stage), afterFirstList);
        engineStatus = new EngineStatusViewModel(gateway, ui);
        containers = new ContainersViewModel(gateway, tabs);
        containers.rows().loadedProperty().subscribe(loaded -> {
            if (loaded) {
                log.info("First container list shown {} ms after the JVM started",
                        ManagementFactory.getRuntimeMXBean().getUptime());
                afterFirstList.open();
            }
        });
        containers.notice().property().subscribe(notice -> {
            if (notice != null) {
                afterFirstList.open(); // the list failed: the other sections need not wait for it
            }
        });

        containers.groupByProjectProperty().set(settings.containersGroupedByProject());
        containers.groupByProjectProperty().subscribe(settings::saveContainersGroupedByProject);
        details = new ContainerDetailsViewModel(gateway.containers(), ui);
        followSelection(containers, details);
        RunDialogs runDialogs = new RunDialogs(gateway, containers, tabs);
        PulseExecutor everyFrame = new PulseExecutor();
        PulseExecutor feeds = new PulseExecutor(PulseExecutor.FEED_INTERVAL);
        SectionNavigator navigator = new SectionNavigator();
        navigator.register(Section.CONTAINERS, containers::selectWhenListed);
        volumes = new VolumesViewModel(gateway, tabs);
        navigator.register(Section.VOLUMES, volumes::selectWhenListed);
        NotificationSettings notificationSettings = new NotificationSettings(settings.node("notifications"));
        notifications = new NotificationCenter(notificationSettings, ui, new PopupNotifier(() -> stage, navigator));
        images = new ImagesViewModel(gateway, tabs, notifications);
        ImageDetailsViewModel imageDetails = new ImageDetailsViewModel(gateway.images(), ui);
        navigator.register(Section.IMAGES, images::revealWhenListed);
        networks = new NetworksViewModel(gateway, tabs);
        NetworkDialogs networkDialogs = new NetworkDialogs(gateway, networks, tabs);
        NetworkDetailsViewModel networkDetails = new NetworkDetailsViewModel(gateway.networks(), ui);
        navigator.register(Section.NETWORKS, networks::selectWhenListed);
        dock = new ContainerDock(new ContainerDetailsView(details, ages, getHostServices()::showDocument,
                        containerNetworkActions(networkDialogs), new ContainerFilesViewModel(gateway.containerFiles(),
                        tabs)),
                new LogTabs((id, name) -> new LogViewModel(gateway.containers(), id, name, feeds, logSaves,
                        scheduler, LogBuffer.DEFAULT_CAPACITY, Clock.systemDefaultZone())),
                new ConsoleTabs((id, name, kind) -> new ConsoleViewModel(gateway.containers(), id, name, kind,
                        everyFrame, terminalParsing)),
                gateway, ui);
        dock.dividerProperty().set(settings.dockDivider());
        notifications.watch(gateway);
        events = new EventsViewModel(gateway, new PulseExecutor(EventsViewModel.FEED_INTERVAL), eventExports,
                navigator);
        PruneWizard pruneWizard = new PruneWizard(kinds -> new PruneWizardViewModel(gateway.system(), ui, echo, kinds));
        UserAction build = new BuildDialogs(() -> new BuildDialogViewModel(gateway.builds(), ui, Instant::now,
                notifications), navigator, echo).command(() -> stage);
        dashboard = new DashboardViewModel(gateway, ui);
        compose = composeSection(tabs, everyFrame, feeds);
        Map<Section, Supplier<Node>> views = Map.of(
                Section.CONTAINERS, () -> new ContainersView(containers, engineStatus, dock, ages,
                        row -> runDialogs.open(stage, row)),
                Section.IMAGES, () -> new ImagesView(images, imageDetails, navigator, ages,
                        image -> runDialogs.openForImage(stage, image), build,
                        pruneWizard.command(() -> stage, EnumSet.of(PruneKind.DANGLING_IMAGES), "docker image prune")),
                Section.NETWORKS, () -> new NetworksView(networks, networkDetails, networkDialogs,
                        engineStatus.stateProperty(), navigator, ages, List.of(pruneWizard.command(() -> stage,
                                EnumSet.of(PruneKind.UNUSED_NETWORKS), "docker network prune"))),
                Section.VOLUMES, () -> new VolumesView(volumes, navigator, ages,
                        pruneWizard.command(() -> stage, EnumSet.of(PruneKind.UNUSED_VOLUMES), "docker volume prune")),
                Section.COMPOSE, () -> new ComposeView(compose, navigator),
                Section.EVENTS, () -> {
                    events.open(); // replays the last minutes when the section is first shown
                    return new EventsView(events, notificationSettings);
                },
                Section.SYSTEM, () -> new DashboardView(dashboard, pruneWizard));
        AboutWindow about = new AboutWindow(() -> new AboutViewModel(BerthVersion.current(),
                engineStatus.stateProperty(), AppPaths.currentLogFile(), getHostServices()::showDocument,
                AboutViewModel.desktopOpensDocuments(System.getProperty("os.name", ""), System.getenv("PATH"))));
        MainWindow window = new MainWindow(views, engineStatus, echo, this::toggleTheme, () -> about.show(stage),
                settings::saveSection);
        navigator.attach(window);
        afterFirstList.whenOpen(() -> {
            prepareWhenListed(window, Section.IMAGES, images.rows().loadedProperty());
            prepareWhenListed(window, Section.NETWORKS, networks.rows().loadedProperty());
            prepareWhenListed(window, Section.VOLUMES, volumes.rows().loadedProperty());
        });
        UserAction.installShortcuts(window, List.of(build), target -> false);
        Scene scene = new Scene(window, 1180, 720);
        scene.getStylesheets().add(Theme.BERTH_CSS);
        stage.setTitle("Berth");
        AppIcon.applyWhenRead(stage);
        stage.setScene(scene);
        placeWindow();
        window.select(settings.lastSection());
        stage.show();
        log.info("Window shown {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * The Compose section over the engine's compose actions: files read by the loader on a thread of their own,
     * remembered in the settings, the resolved file printed as docker compose config prints it, and each project's
     * combined log in the log view of one container's.
     */
    private ComposeViewModel composeSection(TabContext tabs, PulseExecutor everyFrame, PulseExecutor feeds) {
        ComposeLoader loader = new ComposeLoader();
        ComposeFiles files = new ComposeFiles(
                chosen -> loader.load(LoadRequest.of(chosen.get(0).getParent(), chosen, System.getenv())),
                settings.composeFiles(), composeFiles, ComposeJson::of);
        return new ComposeViewModel(new EngineComposeActions(gateway), gateway, tabs, files, everyFrame,
                (project, services) -> new ProjectLogsViewModel(gateway, project, services, tabs.ui(), (name, line) ->
                        LogViewModel.combined(gateway.containers(), name, line, feeds, logSaves,
                                tabs.scheduler(), LogBuffer.DEFAULT_CAPACITY, Clock.systemDefaultZone())));
    }

    /** Once its list has its first answer, {@code section} is built ahead of its first showing. */
    private static void prepareWhenListed(MainWindow window, Section section, ObservableValue<Boolean> loaded) {
        loaded.subscribe(listed -> {
            if (listed) {
                window.prepare(section);
            }
        });
    }

    /** The details show the focused container and re-read it whenever the list shows it changed. */
    private static void followSelection(ContainersViewModel containers, ContainerDetailsViewModel details) {
        ChangeListener<ContainerSummary> changed = (obs, old, now) -> details.refresh();
        containers.rows().selectedProperty().addListener((obs, old, row) -> {
            if (old != null) {
                old.summaryProperty().removeListener(changed);
            }
            if (row != null) {
                row.summaryProperty().addListener(changed);
            }
            details.show(row == null ? null : row.id());
        });
    }

    /** The container details' Networks section connects and disconnects through the Networks feature's dialogs. */
    private ContainerNetworkActions containerNetworkActions(NetworkDialogs dialogs) {
        return new ContainerNetworkActions() {
            @Override
            public void connect(String container) {
                dialogs.openConnectContainer(stage, container, details::refresh);
            }

            @Override
            public void disconnect(String container, String network) {
                networks.askDisconnect(network, container, details.notice()::report).thenAccept(asked -> {
                    if (asked) {
                        details.refresh();
                    }
                });
            }
        };
    }

    private static ThreadFactory daemonThread(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private void placeWindow() {
        settings.windowBounds()
                .filter(bounds -> !Screen.getScreensForRectangle(bounds).isEmpty())
                .ifPresent(this::applyBounds);
        stage.setMaximized(settings.windowMaximized());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
    }

    private void applyBounds(Rectangle2D bounds) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private void toggleTheme() {
        Theme next = settings.theme().toggled(dark);
        dark = next.apply(System.getenv());
        settings.saveTheme(next);
    }

    @Override
    public void stop() {
        if (stage != null && !stage.isMaximized()) {
            settings.saveWindow(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()),
                    false);
        } else if (stage != null) {
            settings.saveWindow(settings.windowBounds().orElse(new Rectangle2D(0, 0, 0, 0)), true);
        }
        if (containers != null) {
            settings.saveDockDivider(dock.dividerProperty().get());
            dock.close();
            details.close();
            containers.close();
            volumes.close();
            images.close();
            networks.close();
            engineStatus.close();
            dashboard.close();
            events.close();
            notifications.close();
            compose.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (ages != null) {
            ages.stop();
        }
        uiTimer.shutdownNow();
        logSaves.shutdownNow();
        eventExports.shutdownNow();
        composeFiles.shutdownNow();
        terminalParsing.shutdownNow();
    }
}
