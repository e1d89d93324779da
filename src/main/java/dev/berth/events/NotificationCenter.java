package dev.berth.events;

import dev.berth.daemon.EngineGateway;
import dev.berth.daemon.Subscription;
import dev.berth.ui.TaskNotices;
import dev.berth.ui.concurrent.UiBatcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where notices come from: it watches the engine's events for what a user would want to know while looking
 * elsewhere (see {@link NotificationRules}), and other features report long tasks to it ({@link #pullFinished},
 * {@link #buildFinished}). Kinds the user turned off are dropped; a burst of one kind becomes one summary notice.
 * Notices reach {@code show} on the UI thread.
 */
public final class NotificationCenter implements AutoCloseable, TaskNotices {
    /** A pull or build that took at least this long is worth a notice when it ends. */
    public static final Duration LONG_TASK = Duration.ofSeconds(10);
    /** More notices of one kind than this in one batch are summed up in one. */
    private static final int SHOWN_ONE_BY_ONE = 3;

    private final NotificationSettings settings;
    private final NotificationRules rules = new NotificationRules();
    private final UiBatcher<Notification> pending;
    private Subscription events;

    public NotificationCenter(NotificationSettings settings, Executor ui, Consumer<Notification> show) {
        this.settings = settings;
        this.pending = new UiBatcher<>(ui, batch -> summarize(batch).forEach(show));
    }

    /** Starts watching the engine's events (from now on; a replay of the past is no news). */
    public void watch(EngineGateway gateway) {
        events = gateway.subscribeEvents(event -> {
            Optional<Notification> notice;
            synchronized (rules) {
                notice = rules.noticeFor(event);
            }
            notice.ifPresent(this::offer);
        });
    }

    public NotificationSettings settings() {
        return settings;
    }

    /** The Images section calls this when a pull ends; a notice follows if it was long. Any thread. */
    @Override
    public void pullFinished(String reference, Duration took, Throwable failure) {
        longTaskFinished(NotificationKind.PULL_FINISHED, "Pull of " + reference, took, failure, "image", reference);
    }

    /** The Build section calls this when a build ends; a notice follows if it was long. Any thread. */
    @Override
    public void buildFinished(String tag, Duration took, Throwable failure) {
        longTaskFinished(NotificationKind.BUILD_FINISHED, "Build of " + tag, took, failure, "image", tag);
    }

    private void longTaskFinished(NotificationKind kind, String what, Duration took, Throwable failure,
                                  String targetType, String target) {
        if (took.compareTo(LONG_TASK) < 0) {
            return;
        }
        String after = " after " + humanDuration(took);
        offer(failure == null
                ? new Notification(kind, what + " finished", "It took " + humanDuration(took) + ".", targetType,
                target, false)
                : new Notification(kind, what + " failed" + after, Objects.toString(failure.getMessage(),
                failure.toString()), null, null, true));
    }

    /** "1 min 12 s", "45 s". */
    static String humanDuration(Duration took) {
        long seconds = took.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    private void offer(Notification notice) {
        if (settings.isEnabled(notice.kind())) {
            pending.add(notice);
        }
    }

    /** The batch as shown: each notice, or for a kind with many, one that counts them. */
    static List<Notification> summarize(List<Notification> batch) {
        Map<NotificationKind, List<Notification>> byKind = new EnumMap<>(NotificationKind.class);
        for (Notification notice : batch) {
            byKind.computeIfAbsent(notice.kind(), kind -> new ArrayList<>()).add(notice);
        }
        List<Notification> shown = new ArrayList<>();
        byKind.forEach((kind, notices) -> {
            if (notices.size() <= SHOWN_ONE_BY_ONE) {
                shown.addAll(notices);
            } else {
                shown.add(new Notification(kind, notices.size() + " notices: " + kind.setting.toLowerCase(),
                        "The first: " + notices.get(0).title() + ". The Events section lists them all.", null, null,
                        notices.stream().anyMatch(Notification::problem)));
            }
        });
        return shown;
    }

    @Override
    public void close() {
        if (events != null) {
            events.close();
        }
    }
}
