package dev.berth.daemon.images;

import com.github.dockerjava.api.exception.DockerException;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image calls' refusals in a sentence each: a registry's "manifest unknown" becomes "no such tag", a removal
 * refused for a container names that container. Matched on stable fragments of the engine's and registries' words.
 */
final class ImageErrors {
    private static final Pattern CONTAINER = Pattern.compile("container ([0-9a-f]{12,64})");

    private ImageErrors() {
    }

    /** The engine's words of a failure: its JSON message, or a stream's error text. */
    private static String said(Throwable failure) {
        if (failure instanceof DockerException engine) {
            return DaemonErrors.engineMessage(engine);
        }
        return String.valueOf(failure.getMessage());
    }

    static DaemonException pull(Throwable failure, ImageReference reference) {
        if (!(failure instanceof DockerException) && !(failure instanceof StreamError)) {
            return DaemonErrors.translate(failure, "pull " + reference);
        }
        String said = said(failure);
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("manifest unknown") || lower.contains("manifest for") && lower.contains("not found")) {
            // Registries answer "manifest unknown" for a missing tag and, many of them, for a missing repository.
            String what = reference.digest() != null ? "with the digest " + reference.digest() : "with the tag \""
                    + reference.tagOrLatest() + "\"";
            return new DaemonException("The registry " + reference.registryHost() + " has no image "
                    + reference.name() + " " + what + ".", "Check the tag and the name; the registry lists the tags"
                    + " it has.", 404, failure);
        }
        if (lower.contains("name unknown") || lower.contains("repository does not exist")
                || lower.contains("not found: does not exist")) {
            // Docker Hub does not tell a missing repository from a private one.
            String orPrivate = lower.contains("may require") ? ", or it is private" : "";
            return new DaemonException("The registry " + reference.registryHost() + " has no image named "
                    + reference.name() + orPrivate + ".", "Check the name; a private image needs `docker login "
                    + reference.registryHost() + "` first.", 404, failure);
        }
        DaemonException common = registryProblem(lower, said, reference.registryHost(), "pull " + reference, failure);
        return common != null ? common : new DaemonException("Could not pull " + reference + ": " + said + ".",
                null, status(failure), failure);
    }

    static DaemonException push(Throwable failure, ImageReference reference) {
        if (!(failure instanceof DockerException) && !(failure instanceof StreamError)) {
            return DaemonErrors.translate(failure, "push " + reference);
        }
        String said = said(failure);
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("does not exist locally") || lower.contains("no such image")
                || lower.contains("tag does not exist")) {
            return new DaemonException("There is no local image " + reference.withDefaultTag() + " to push.",
                    "Tag an image as " + reference.withDefaultTag() + " first.", 404, failure);
        }
        DaemonException common = registryProblem(lower, said, reference.registryHost(), "push " + reference, failure);
        return common != null ? common : new DaemonException("Could not push " + reference + ": " + said + ".",
                null, status(failure), failure);
    }

    private static DaemonException registryProblem(String lower, String said, String registry, String attempt,
                                                   Throwable failure) {
        if (lower.contains("unauthorized") || lower.contains("authentication required")
                || lower.contains("no basic auth credentials")
                || lower.contains("access denied") || lower.contains("access to the resource is denied")
                || lower.contains("denied:")) {
            return new DaemonException("The registry " + registry + " refused to let Berth " + attempt
                    + ": a login is needed, or this login may not do that.", "Log in with `docker login " + registry
                    + "` (Berth uses the logins the docker CLI saved).", 401, failure);
        }
        if (lower.contains("server gave http response to https client")) {
            return new DaemonException("The registry " + registry + " answers plain HTTP, but the engine asked for"
                    + " HTTPS.", "List it under \"insecure-registries\" in the engine's daemon.json, or serve it over"
                    + " HTTPS.", status(failure), failure);
        }
        if (lower.contains("connection refused") || lower.contains("no such host") || lower.contains("i/o timeout")
                || lower.contains("dial tcp") || lower.contains("network is unreachable") || lower.contains("x509")
                || lower.contains("context deadline exceeded") || lower.contains("tls: ")) {
            return new DaemonException("The engine could not reach the registry " + registry + " (" + said + ").",
                    "Check the registry's address and that it is running, and the engine's network.",
                    status(failure), failure);
        }
        return null;
    }

    /**
     * {@code docker rmi} refused: "…(must force) - container abc is using its referenced image def", "…(cannot be
     * forced) - image is being used by running container abc", "…image is referenced in multiple repositories".
     */
    static DaemonException remove(Throwable failure, String reference) {
        DaemonException plain = DaemonErrors.translate(failure, "remove image " + reference);
        if (!(failure instanceof DockerException engine) || engine.getHttpStatus() != 409) {
            return plain;
        }
        String said = said(failure);
        String lower = said.toLowerCase(Locale.ROOT);
        boolean forceHelps = lower.contains("must force") || lower.contains("must be forced");
        Matcher container = CONTAINER.matcher(lower);
        if (container.find()) {
            String id = container.group(1);
            String shortId = id.substring(0, 12);
            boolean running = lower.contains("running container");
            String sentence = "Image " + reference + " is used by " + (running ? "running container " : "container ")
                    + shortId + ", so the engine will not remove it" + (forceHelps ? " without force." : ".");
            String action = forceHelps ? "Show the container and remove it first, or remove the image with force"
                    + " (the container keeps its copy)." : "Stop and remove that container first.";
            return new ImageInUseException(sentence, action, id, forceHelps, failure);
        }
        if (lower.contains("referenced in multiple repositories")) {
            return new DaemonException("Image " + reference + " has several tags, so removing it by ID needs force.",
                    "Remove one tag at a time, or remove with force to remove every tag.", 409, failure);
        }
        return plain;
    }

    private static int status(Throwable failure) {
        return failure instanceof DockerException engine ? engine.getHttpStatus() : 0;
    }

    /** An error the engine reported inside a progress stream (after answering 200). */
    static final class StreamError extends RuntimeException {
        StreamError(String message) {
            super(message);
        }
    }
}
