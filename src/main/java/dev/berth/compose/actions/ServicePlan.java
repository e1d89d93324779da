package dev.berth.compose.actions;

import dev.berth.daemon.containers.ContainerSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code up} does to one service's containers, decided as compose v2 decides it: too many replicas are removed
 * (out-of-date ones first, then the highest numbers), out-of-date ones are recreated, the others kept (and started if
 * stopped), and missing replicas created with the numbers after the highest kept.
 *
 * @param remove   the containers beyond the wanted replicas
 * @param recreate the containers whose configuration or image changed (or all, when forced)
 * @param keep     the containers that stay as they are
 * @param create   the numbers of the new containers
 */
record ServicePlan(List<ContainerSummary> remove, List<ContainerSummary> recreate, List<ContainerSummary> keep,
                   List<Integer> create) {

    /** When a container counts as out of date. */
    enum Recreate {
        /** When its config-hash or image label differs: {@code up}. */
        CHANGED,
        /** Always: {@code up --force-recreate}. */
        ALWAYS,
        /** Never: {@code up --no-recreate}. */
        NEVER
    }

    ServicePlan {
        remove = List.copyOf(remove);
        recreate = List.copyOf(recreate);
        keep = List.copyOf(keep);
        create = List.copyOf(create);
    }

    /**
     * @param containers the service's containers as they are (one-off ones left out)
     * @param configHash the service's configuration hash now
     * @param imageId    the id of the image it runs now, or null when unknown
     */
    static ServicePlan of(List<ContainerSummary> containers, int replicas, String configHash, String imageId,
                          Recreate policy) {
        Comparator<ContainerSummary> removedFirst = Comparator
                .comparing((ContainerSummary container) -> !outOfDate(container, configHash, imageId, policy))
                .thenComparing(Comparator.comparingInt(ComposeNames::number).reversed());
        List<ContainerSummary> sorted = new ArrayList<>(containers);
        sorted.sort(removedFirst);
        int excess = Math.max(0, sorted.size() - replicas);
        List<ContainerSummary> remove = sorted.subList(0, excess);
        List<ContainerSummary> remaining = new ArrayList<>(sorted.subList(excess, sorted.size()));
        remaining.sort(Comparator.comparingInt(ComposeNames::number));
        List<ContainerSummary> recreate = remaining.stream()
                .filter(container -> outOfDate(container, configHash, imageId, policy)).toList();
        List<ContainerSummary> keep = remaining.stream()
                .filter(container -> !outOfDate(container, configHash, imageId, policy)).toList();
        int next = remaining.stream().mapToInt(ComposeNames::number).max().orElse(0) + 1;
        List<Integer> create = new ArrayList<>();
        for (int i = remaining.size(); i < replicas; i++) {
            create.add(next++);
        }
        return new ServicePlan(remove, recreate, keep, create);
    }

    static boolean outOfDate(ContainerSummary container, String configHash, String imageId, Recreate policy) {
        return switch (policy) {
            case NEVER -> false;
            case ALWAYS -> true;
            case CHANGED -> !configHash.equals(container.labels().get(ComposeLabels.CONFIG_HASH))
                    || imageId != null && !imageId.equals(container.labels().get(ComposeLabels.IMAGE));
        };
    }
}
