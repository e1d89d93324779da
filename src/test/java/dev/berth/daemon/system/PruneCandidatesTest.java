package dev.berth.daemon.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.daemon.engine.EngineJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine's prune rules applied to its answers. */
class PruneCandidatesTest {
    private static final JsonNode DF = EngineJson.tree("""
            {"Images": [
               {"Id": "sha256:0123456789abcdef", "Containers": 0, "Size": 900, "SharedSize": 400,
                "RepoTags": null, "RepoDigests": null, "Labels": {"run": "x"}},
               {"Id": "sha256:used-dangling", "Containers": 1, "Size": 50, "SharedSize": 0, "RepoTags": null},
               {"Id": "sha256:tagged", "Containers": 0, "Size": 300, "SharedSize": -1,
                "RepoTags": ["app:1", "app:latest"], "RepoDigests": ["app@sha256:d1"]},
               {"Id": "sha256:tagged-used", "Containers": 3, "Size": 300, "SharedSize": 0, "RepoTags": ["db:1"]}],
             "Containers": [
               {"Id": "c-run", "Names": ["/web"], "State": "running", "SizeRw": 1},
               {"Id": "c-pause", "Names": ["/paused"], "State": "paused", "SizeRw": 1},
               {"Id": "c-restart", "Names": ["/loop"], "State": "restarting", "SizeRw": 1},
               {"Id": "c-exit", "Names": ["/old"], "Image": "busybox", "Status": "Exited (0) 1 hour ago",
                "State": "exited", "SizeRw": 12, "Labels": {"run": "x"}},
               {"Id": "c-new", "Names": ["/fresh"], "State": "created", "SizeRw": 0},
               {"Id": "c-dead", "Names": ["/dead"], "State": "dead", "SizeRw": 5}],
             "Volumes": [{"Name": "data", "UsageData": {"Size": 2048, "RefCount": 0}}],
             "BuildCache": [
               {"ID": "b1", "Type": "regular", "InUse": false, "Shared": false, "Size": 10},
               {"ID": "b2", "Type": "regular", "InUse": true, "Shared": false, "Size": 20},
               {"ID": "b3", "Type": "regular", "InUse": false, "Shared": true, "Size": 40},
               {"ID": "b4", "Type": "frontend", "InUse": false, "Shared": false, "Size": 80},
               {"ID": "b5", "Type": "source.local", "InUse": false, "Shared": false, "Size": 1}]}
            """);
    private static final JsonNode DANGLING_IMAGES = EngineJson.tree("""
            [{"Id": "sha256:0123456789abcdef"}, {"Id": "sha256:used-dangling"}]""");
    private static final JsonNode DANGLING_VOLUMES = EngineJson.tree("""
            {"Volumes": [{"Name": "data", "Driver": "local", "Labels": {"run": "x"}},
                         {"Name": "%s", "Driver": "local"},
                         {"Name": "cloud", "Driver": "rexray"}]}""".formatted("f".repeat(64)));
    private static final List<JsonNode> NETWORKS = List.of(
            EngineJson.tree("{\"Id\": \"n-bridge\", \"Name\": \"bridge\", \"Containers\": {}}"),
            EngineJson.tree("{\"Id\": \"n-host\", \"Name\": \"host\", \"Containers\": {}}"),
            EngineJson.tree("{\"Id\": \"n-none\", \"Name\": \"none\", \"Containers\": {}}"),
            EngineJson.tree("{\"Id\": \"n-ingress\", \"Name\": \"ingress\", \"Ingress\": true, \"Containers\": {}}"),
            EngineJson.tree("{\"Id\": \"n-used\", \"Name\": \"app-net\", \"Containers\": {\"c-run\": {}}}"),
            EngineJson.tree("{\"Id\": \"n-free\", \"Name\": \"old-net\", \"Driver\": \"bridge\", "
                    + "\"Scope\": \"local\", \"Containers\": {}, \"Labels\": {\"run\": \"x\"}}"));

    private final List<PruneCandidate> candidates = PruneCandidates.discover(DF, DANGLING_IMAGES, DANGLING_VOLUMES,
            NETWORKS);

    private List<PruneCandidate> of(PruneKind kind) {
        return candidates.stream().filter(candidate -> candidate.kind() == kind).toList();
    }

    @Test
    void stoppedContainersAreCreatedExitedOrDeadWithTheirWritableLayer() {
        assertThat(of(PruneKind.STOPPED_CONTAINERS)).extracting(PruneCandidate::id, PruneCandidate::name,
                PruneCandidate::size).containsExactly(tuple("c-exit", "old", 12L), tuple("c-new", "fresh", 0L),
                tuple("c-dead", "dead", 5L));
        assertThat(of(PruneKind.STOPPED_CONTAINERS).get(0).detail()).isEqualTo("busybox · Exited (0) 1 hour ago");
        assertThat(of(PruneKind.STOPPED_CONTAINERS).get(0).labels()).isEqualTo(Map.of("run", "x"));
    }

    @Test
    void danglingImagesAreTheEnginesDanglingListLessThoseAContainerUses() {
        assertThat(of(PruneKind.DANGLING_IMAGES)).singleElement().satisfies(image -> {
            assertThat(image.id()).isEqualTo("sha256:0123456789abcdef");
            assertThat(image.name()).isEqualTo("0123456789ab");
            assertThat(image.size()).isEqualTo(500); // what only this image holds
            assertThat(image.references()).isEmpty();
        });
    }

    @Test
    void unusedTaggedImagesAreTheTaggedOnesNoContainerUsesWithAllTheirReferences() {
        assertThat(of(PruneKind.UNUSED_IMAGES)).singleElement().satisfies(image -> {
            assertThat(image.name()).isEqualTo("app:1");
            assertThat(image.size()).isEqualTo(300); // shared size unknown: the whole size
            assertThat(image.references()).containsExactly("app:1", "app:latest", "app@sha256:d1");
            assertThat(image.detail()).contains("2 tags");
        });
    }

    @Test
    void unusedNetworksAreUserDefinedWithoutConnectedContainers() {
        assertThat(of(PruneKind.UNUSED_NETWORKS)).extracting(PruneCandidate::id).containsExactly("n-free");
    }

    @Test
    void unusedVolumesAreTheDanglingLocalOnesWithTheirSizeOrUnknown() {
        assertThat(of(PruneKind.UNUSED_VOLUMES)).extracting(PruneCandidate::name, PruneCandidate::size,
                PruneCandidate::detail).containsExactly(tuple("data", 2048L, "local · named"),
                tuple("f".repeat(64), -1L, "local · anonymous"));
    }

    @Test
    void buildCacheIsOneCandidateOfWhatAPruneWithoutAllFrees() {
        assertThat(of(PruneKind.BUILD_CACHE)).singleElement().satisfies(cache -> {
            assertThat(cache.id()).isEqualTo(PruneCandidate.BUILD_CACHE_ID);
            assertThat(cache.size()).isEqualTo(11); // b1 + b5: not in use, not shared, not a frontend's
            assertThat(cache.name()).isEqualTo("2 build cache records");
        });
    }

    @Test
    void kindsComeInTheOrderTheEnginePrunesThem() {
        assertThat(candidates).extracting(PruneCandidate::kind).isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void anEngineWithNothingToPruneHasNoCandidates() {
        JsonNode empty = EngineJson.tree("{\"Images\":[],\"Containers\":[],\"Volumes\":[],\"BuildCache\":[]}");

        assertThat(PruneCandidates.discover(empty, EngineJson.tree("[]"), EngineJson.tree("{\"Volumes\":null}"),
                List.of())).isEmpty();
    }
}
