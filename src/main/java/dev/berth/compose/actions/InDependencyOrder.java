package dev.berth.compose.actions;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs one step per service, each as soon as the services it must follow have finished theirs (successfully or not;
 * the step decides what a failure before it means), so services without a path between them run in parallel.
 */
final class InDependencyOrder {
    private InDependencyOrder() {
    }

    /**
     * @param services what to run, among which the order holds
     * @param after    the services a service must follow (its dependencies for a start, its dependents for a stop)
     * @return each service's step, by service, in the order of {@code services}
     */
    static <T> Map<String, CompletableFuture<T>> run(Collection<String> services,
                                                     Function<String, ? extends Collection<String>> after,
                                                     Function<String, CompletableFuture<T>> step) {
        Map<String, CompletableFuture<T>> steps = new LinkedHashMap<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String service : services) {
            schedule(service, services, after, step, steps, visiting);
        }
        Map<String, CompletableFuture<T>> ordered = new LinkedHashMap<>();
        services.forEach(service -> ordered.put(service, steps.get(service)));
        return ordered;
    }

    private static <T> CompletableFuture<T> schedule(String service, Collection<String> services,
                                                     Function<String, ? extends Collection<String>> after,
                                                     Function<String, CompletableFuture<T>> step,
                                                     Map<String, CompletableFuture<T>> steps, Set<String> visiting) {
        CompletableFuture<T> scheduled = steps.get(service);
        if (scheduled != null) {
            return scheduled;
        }
        visiting.add(service);
        CompletableFuture<?>[] before = after.apply(service).stream()
                .filter(other -> services.contains(other) && !visiting.contains(other))
                .map(other -> schedule(other, services, after, step, steps, visiting)
                        .handle((result, failure) -> null))
                .toArray(CompletableFuture[]::new);
        visiting.remove(service);
        CompletableFuture<T> mine = CompletableFuture.allOf(before).thenCompose(ready -> {
            try {
                return step.apply(service);
            } catch (RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
        });
        steps.put(service, mine);
        return mine;
    }
}
