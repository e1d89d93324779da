package dev.berth.daemon.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PruneType;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineJson;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link SystemOperations} over the engine's raw JSON answers (for the fields docker-java leaves out) and docker-java. */
public final class DockerSystemOperations implements SystemOperations {
    private static final String DANGLING = "?filters=" + URLEncoder.encode("{\"dangling\":[\"true\"]}",
            StandardCharsets.UTF_8);

    /** What a refusal during a prune means: the object was taken into use after the preview. */
    static final String IN_USE_AGAIN = "It came into use after the preview, so it stays.";

    private final EngineCalls calls;

    public DockerSystemOperations(EngineCalls calls) {
        this.calls = calls;
    }

    @Override
    public CompletableFuture<SystemInfo> info() {
        return calls.onConnection("read the engine's information", clients -> SystemJson.info(
                EngineJson.tree(clients.getJson("/info")), EngineJson.tree(clients.getJson("/version"))));
    }

    @Override
    public CompletableFuture<DiskUsage> diskUsage() {
        return calls.onConnection("compute the disk usage",
                clients -> SystemJson.diskUsage(EngineJson.tree(clients.getJson("/system/df"))));
    }

    @Override
    public CompletableFuture<PrunePlan> planPrune() {
        return calls.onConnection("preview the clean-up", clients -> {
            JsonNode df = EngineJson.tree(clients.getJson("/system/df"));
            JsonNode danglingImages = EngineJson.tree(clients.getJson("/images/json" + DANGLING));
            JsonNode danglingVolumes = EngineJson.tree(clients.getJson("/volumes" + DANGLING));
            List<JsonNode> networks = new ArrayList<>();
            for (JsonNode network : EngineJson.tree(clients.getJson("/networks"))) {
                try {
                    networks.add(EngineJson.tree(clients.getJson("/networks/"
                            + EngineJson.pathSegment(network.path("Id").asText()))));
                } catch (NotFoundException removedMeanwhile) {
                    // Nothing to prune: it went between the list and the inspect.
                }
            }
            return new PrunePlan(clients.info.apiVersion(),
                    PruneCandidates.discover(df, danglingImages, danglingVolumes, networks));
        });
    }

    @Override
    public CompletableFuture<PruneReport> prune(List<PruneCandidate> ticked) {
        List<PruneCandidate> ordered = ticked.stream().sorted(Comparator.comparing(PruneCandidate::kind)).toList();
        return calls.run("clean up", client -> {
            List<PruneReport.Outcome> outcomes = new ArrayList<>();
            for (PruneCandidate candidate : ordered) {
                outcomes.add(removeOne(client, candidate));
            }
            return new PruneReport(outcomes);
        });
    }

    private static PruneReport.Outcome removeOne(DockerClient client, PruneCandidate candidate) {
        try {
            long reclaimed = remove(client, candidate);
            return new PruneReport.Outcome(candidate, Math.max(0, reclaimed), null);
        } catch (RuntimeException refused) {
            DaemonException why = DaemonErrors.translate(refused, attempt(candidate));
            boolean inUse = why.httpStatus() == 409 || why.httpStatus() == 403;
            String action = why.offeredAction().orElse(inUse ? IN_USE_AGAIN : null);
            String sentence = why.getMessage() + (action == null ? "" : " " + action);
            return new PruneReport.Outcome(candidate, 0, sentence);
        }
    }

    /** @return the bytes that came back */
    private static long remove(DockerClient client, PruneCandidate candidate) {
        switch (candidate.kind()) {
            case STOPPED_CONTAINERS -> client.removeContainerCmd(candidate.id()).exec();
            case UNUSED_NETWORKS -> client.removeNetworkCmd(candidate.id()).exec();
            case UNUSED_VOLUMES -> client.removeVolumeCmd(candidate.id()).exec();
            case DANGLING_IMAGES, UNUSED_IMAGES -> removeImage(client, candidate);
            case BUILD_CACHE -> {
                Long freed = client.pruneCmd(PruneType.BUILD).exec().getSpaceReclaimed();
                return freed == null ? 0 : freed;
            }
        }
        return candidate.size();
    }

    /**
     * By id, without force, as the engine's prune does. An image tagged in several repositories is refused by id, so
     * each of its references goes, but only while it still names this image (a tag may have moved meanwhile).
     */
    private static void removeImage(DockerClient client, PruneCandidate image) {
        try {
            client.removeImageCmd(image.id()).exec();
        } catch (ConflictException refused) {
            if (!String.valueOf(refused.getMessage()).contains("referenced in multiple repositories")) {
                throw refused;
            }
            for (String reference : image.references()) {
                if (Objects.equals(client.inspectImageCmd(reference).exec().getId(), image.id())) {
                    client.removeImageCmd(reference).exec();
                }
            }
        }
    }

    private static String attempt(PruneCandidate candidate) {
        return switch (candidate.kind()) {
            case STOPPED_CONTAINERS -> "remove container " + candidate.name();
            case UNUSED_NETWORKS -> "remove network " + candidate.name();
            case UNUSED_VOLUMES -> "remove volume " + candidate.name();
            case DANGLING_IMAGES, UNUSED_IMAGES -> "remove image " + candidate.name();
            case BUILD_CACHE -> "remove the build cache";
        };
    }
}
