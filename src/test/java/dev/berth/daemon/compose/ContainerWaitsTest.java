package dev.berth.daemon.compose;

import dev.berth.daemon.DaemonEvent;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerWaitsTest {
    private final List<Consumer<DaemonEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile String health = "starting";
    private final AtomicInteger asked = new AtomicInteger();
    private final ContainerWaits waits = new ContainerWaits(id -> {
        asked.incrementAndGet();
        return CompletableFuture.completedFuture(new ContainerStatus(id, "shop-db-1", ContainerState.RUNNING, health,
                0, "", List.of()));
    }, listener -> {
        listeners.add(listener);
        return (Subscription) () -> listeners.remove(listener);
    });

    @Test
    void theWaitAsksAgainOnlyWhenTheContainerHasAnEventAndEndsWhenItsConditionHolds() {
        CompletableFuture<ContainerStatus> healthy = waits.await("abc", status -> status.health().equals("healthy"));
        assertThat(healthy).isNotDone();
        assertThat(asked).hasValue(1);

        emit("container", "exec_start: sh -c true", "abc");
        emit("container", "start", "other");
        emit("network", "connect", "abc");
        assertThat(asked).hasValue(1);

        health = "healthy";
        emit("container", "health_status: healthy", "abc");

        assertThat(healthy).isCompletedWithValueMatching(status -> status.health().equals("healthy"));
        assertThat(listeners).as("the subscription is closed once the wait ends").isEmpty();
    }

    @Test
    void cancellingTheWaitClosesItsSubscription() {
        CompletableFuture<ContainerStatus> wait = waits.await("abc", status -> false);

        wait.cancel(false);

        assertThat(listeners).isEmpty();
    }

    private void emit(String type, String action, String id) {
        listeners.forEach(listener -> listener.accept(new DaemonEvent(type, action, id, Map.of("name", "n-" + id),
                System.nanoTime())));
    }
}
