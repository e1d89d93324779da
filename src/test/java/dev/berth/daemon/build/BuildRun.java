package dev.berth.daemon.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.berth.daemon.Subscription;
import dev.berth.testing.TestEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;


/**
 * One build through the gateway, recorded for a test: its lines, its outcome, and — for cleaning up — every image it
 * made, intermediate ones included. Each Dockerfile a test writes starts every stage with {@link #marker()}, so no
 * layer is shared with anyone else's build cache and everything removed is this run's own.
 */
final class BuildRun {
    private static final Pattern LAYER = Pattern.compile("^ ---> ([0-9a-f]{12})$");

    final List<BuildLine> lines = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<BuildOutcome> outcome = new CompletableFuture<>();
    Subscription subscription;

    static BuildRun start(BuildOperations builds, BuildSpec spec) {
        BuildRun run = new BuildRun();
        run.subscription = builds.build(spec, run.lines::add, run.outcome::complete);
        return run;
    }

    /** A LABEL line unique to this run, to put right after each FROM. */
    static String marker() {
        return "LABEL " + TestEngine.TEST_LABEL + "=true dev.berth.test.build=" + UUID.randomUUID();
    }

    static Path write(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    BuildOutcome awaitEnd() {
        return outcome.orTimeout(120, TimeUnit.SECONDS).join();
    }

    void awaitLine(Pattern pattern) {
        await().atMost(Duration.ofSeconds(60)).until(() -> texts().stream().anyMatch(t -> pattern.matcher(t).find()));
    }

    List<String> texts() {
        synchronized (lines) {
            return lines.stream().map(BuildLine::text).toList();
        }
    }

    List<String> steps() {
        synchronized (lines) {
            return lines.stream().filter(line -> line.kind() == BuildLine.Kind.STEP).map(BuildLine::text).toList();
        }
    }

    /**
     * Removes the image this build made and the untagged intermediate images it printed, newest first. A tagged
     * image (the base image above all) is never removed here.
     */
    void removeImages(DockerClient client) {
        List<String> ids = new ArrayList<>();
        for (String text : texts()) {
            Matcher layer = LAYER.matcher(text);
            if (layer.matches()) {
                ids.add(layer.group(1));
            }
        }
        BuildOutcome ended = outcome.getNow(null);
        if (ended != null && ended.succeeded()) {
            ids.add(ended.imageId());
        }
        Collections.reverse(ids);
        for (String id : ids) {
            // a cancelled step's container may still be going away and hold its parent image for a moment
            await().atMost(Duration.ofSeconds(15)).until(() -> removeUntaggedOrOwnTag(client, id));
        }
    }

    /** False while the engine refuses because a container still uses the image. */
    private static boolean removeUntaggedOrOwnTag(DockerClient client, String id) {
        try {
            var image = client.inspectImageCmd(id).exec();
            List<String> tags = image.getRepoTags() == null ? List.of() : image.getRepoTags();
            boolean ours = image.getConfig() != null && image.getConfig().getLabels() != null
                    && image.getConfig().getLabels().containsKey("dev.berth.test.build");
            if (!ours) {
                return true; // the base image, or a layer before this run's marker
            }
            for (String tag : tags) {
                client.removeImageCmd(tag).exec();
            }
            if (tags.isEmpty()) {
                client.removeImageCmd(id).exec();
            }
            return true;
        } catch (NotFoundException gone) {
            return true; // removed with its child already
        } catch (DockerException conflict) {
            return !String.valueOf(conflict.getMessage()).contains("container");
        }
    }
}
