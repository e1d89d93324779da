package dev.berth.events;

import dev.berth.daemon.DaemonEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which engine events are worth a notice: a container that dies with a non-zero exit code (unless it was
 * killed just before — a stop or kill someone asked for, or an out-of-memory kill that has its own notice), an
 * out-of-memory kill, a health check turning unhealthy. It remembers recent kills per container; one instance
 * sees the events in order, on one thread.
 */
final class NotificationRules {
    /** A die this soon after a kill or OOM of the same container is the end of that kill, not news. */
    private static final long KILL_EXPLAINS_DIE_NANOS = 30_000_000_000L;
    private static final int REMEMBERED = 512;

    private final Map<String, Long> recentKills = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    Optional<Notification> noticeFor(DaemonEvent event) {
        if (!event.isAbout("container")) {
            return Optional.empty();
        }
        String name = event.actorName();
        String action = event.action();
        switch (EventText.baseAction(action)) {
            case "kill" -> recentKills.put(event.actorId(), event.timeNanos());
            case "oom" -> {
                recentKills.put(event.actorId(), event.timeNanos());
                return Optional.of(notice(NotificationKind.OUT_OF_MEMORY, name + " ran out of memory",
                        "The engine killed it: it used more memory than its limit allows.", event));
            }
            case "die" -> {
                Long killedAt = recentKills.remove(event.actorId());
                String exitCode = event.attributes().getOrDefault("exitCode", "0");
                boolean killed = killedAt != null && event.timeNanos() - killedAt <= KILL_EXPLAINS_DIE_NANOS;
                if (!"0".equals(exitCode) && !killed) {
                    return Optional.of(notice(NotificationKind.CONTAINER_FAILED, name + " exited with code "
                            + exitCode, "Its log may say why.", event));
                }
            }
            case "health_status" -> {
                if (action.endsWith("unhealthy")) {
                    return Optional.of(notice(NotificationKind.UNHEALTHY, name + " is unhealthy",
                            "Its health check failed too many times in a row.", event));
                }
            }
            case "destroy" -> recentKills.remove(event.actorId());
            default -> { }
        }
        return Optional.empty();
    }

    private static Notification notice(NotificationKind kind, String title, String text, DaemonEvent event) {
        return new Notification(kind, title, text, event.type(), event.actorId(), true);
    }
}
