package dev.berth.daemon.compose;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.Subscription;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Waits for a container to reach a state by reading its status when the wait begins and again on each of its events:
 * health changes, start, die and destroy all arrive on the engine's event stream, so nothing asks on a timer. The
 * subscription is made before the first reading, so an event between the two is not missed.
 */
final class ContainerWaits {
    private final Function<String, CompletableFuture<ContainerStatus>> status;
    private final Function<Consumer<DaemonEvent>, Subscription> events;

    ContainerWaits(Function<String, CompletableFuture<ContainerStatus>> status,
                   Function<Consumer<DaemonEvent>, Subscription> events) {
        this.status = status;
        this.events = events;
    }

    CompletableFuture<ContainerStatus> await(String idOrName, Predicate<ContainerStatus> until) {
        CompletableFuture<ContainerStatus> result = new CompletableFuture<>();
        Subscription subscription = events.apply(event -> {
            if (isAbout(event, idOrName) && !result.isDone()) {
                check(idOrName, until, result);
            }
        });
        result.whenComplete((done, failed) -> subscription.close());
        check(idOrName, until, result);
        return result;
    }

    private void check(String idOrName, Predicate<ContainerStatus> until, CompletableFuture<ContainerStatus> result) {
        status.apply(idOrName).whenComplete((now, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else if (until.test(now)) {
                result.complete(now);
            }
        });
    }

    /** An event of the container that may change its state; exec and attach events do not. */
    static boolean isAbout(DaemonEvent event, String idOrName) {
        if (!event.isAbout("container") || event.action().startsWith("exec_")) {
            return false;
        }
        return event.actorId().equals(idOrName) || event.actorName().equals(idOrName)
                || idOrName.length() >= 12 && event.actorId().startsWith(idOrName);
    }
}
