package dev.berth.daemon.cli;

import dev.berth.daemon.ApiVersions;
import dev.berth.daemon.system.PruneCandidate;
import dev.berth.daemon.system.PruneKind;
import dev.berth.daemon.system.PrunePlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The `docker …` line a prune equals: a kind's own {@code prune} when every candidate of it is ticked, else the
 * {@code rm} of exactly the ticked ones. Kinds are joined with {@code &&} in the order the engine prunes them.
 */
public final class PruneCommandLines {
    /** From this API version on, {@code docker volume prune} keeps named volumes unless given {@code --all}. */
    static final String VOLUME_PRUNE_ALL_API = "1.42";

    private PruneCommandLines() {
    }

    public static String commandLine(PrunePlan plan, Collection<PruneCandidate> ticked) {
        Set<PruneCandidate> chosen = Set.copyOf(ticked);
        List<String> commands = new ArrayList<>();
        addKind(commands, plan, chosen, PruneKind.STOPPED_CONTAINERS, "docker container prune -f",
                names -> ContainerCommandLines.remove(names, false, false));
        addKind(commands, plan, chosen, PruneKind.UNUSED_NETWORKS, "docker network prune -f",
                names -> "docker network rm " + quoted(names));
        addKind(commands, plan, chosen, PruneKind.UNUSED_VOLUMES, volumePrune(plan.apiVersion()),
                names -> "docker volume rm " + quoted(names));
        images(commands, plan, chosen);
        if (plan.of(PruneKind.BUILD_CACHE).stream().anyMatch(chosen::contains)) {
            commands.add("docker builder prune -f");
        }
        return String.join(" && ", commands);
    }

    /**
     * Before API 1.42 the engine's volume prune takes every unused local volume; from 1.42 only anonymous ones
     * unless {@code --all}, which is then what the candidates (all unused volumes) equal.
     */
    static String volumePrune(String apiVersion) {
        return ApiVersions.compare(apiVersion, VOLUME_PRUNE_ALL_API) < 0 ? "docker volume prune -f"
                : "docker volume prune -a -f";
    }

    private static void addKind(List<String> commands, PrunePlan plan, Set<PruneCandidate> chosen, PruneKind kind,
                                String prune, Function<List<String>, String> remove) {
        List<PruneCandidate> all = plan.of(kind);
        List<PruneCandidate> picked = all.stream().filter(chosen::contains).toList();
        if (picked.isEmpty()) {
            return;
        }
        commands.add(picked.size() == all.size() ? prune : remove.apply(picked.stream().map(PruneCandidate::name)
                .toList()));
    }

    /** {@code image prune} removes the dangling ones; {@code -a} adds the unused tagged ones. */
    private static void images(List<String> commands, PrunePlan plan, Set<PruneCandidate> chosen) {
        List<PruneCandidate> dangling = plan.of(PruneKind.DANGLING_IMAGES);
        List<PruneCandidate> tagged = plan.of(PruneKind.UNUSED_IMAGES);
        List<PruneCandidate> pickedDangling = dangling.stream().filter(chosen::contains).toList();
        List<PruneCandidate> pickedTagged = tagged.stream().filter(chosen::contains).toList();
        boolean allDangling = pickedDangling.size() == dangling.size();
        boolean allTagged = pickedTagged.size() == tagged.size();
        List<String> removals = new ArrayList<>();
        if (allDangling && allTagged && !pickedTagged.isEmpty()) {
            commands.add("docker image prune -a -f");
            return;
        }
        if (allDangling && !pickedDangling.isEmpty()) {
            commands.add("docker image prune -f");
        } else {
            pickedDangling.forEach(image -> removals.add(image.name()));
        }
        pickedTagged.forEach(image -> removals.addAll(image.references().stream()
                .filter(reference -> !reference.contains("@")).toList()));
        if (!removals.isEmpty()) {
            commands.add("docker rmi " + quoted(removals));
        }
    }

    private static String quoted(List<String> words) {
        return words.stream().map(CliWords::quote).collect(Collectors.joining(" "));
    }
}
