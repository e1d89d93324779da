package dev.berth.daemon;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns docker-java failures into {@link DaemonException}s that say what happened and what to do. */
public final class DaemonErrors {
    private static final Pattern ENGINE_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Stable fragments of the engine's refusals (lower case) and what resolves them, first match wins. The sentence
     * is always the engine's own words; these only add the way out.
     */
    private static final List<Map.Entry<String, String>> ACTIONS = List.of(
            Map.entry("no such image", "Pull the image first, then try again."),
            Map.entry("is not running", "Start it first."),
            Map.entry("cannot remove a paused container", "Unpause it first, or remove it with force."),
            Map.entry("same name as its current name", "Choose a different name."),
            Map.entry("invalid container name", "Use only letters, digits, '_', '.' and '-', starting with a letter or"
                    + " digit."),
            Map.entry("executable file not found", "Check the command and the entrypoint: the image has no such"
                    + " program."),
            Map.entry("autoremove' container with restart policy", "Turn off auto-remove (--rm) or set the restart"
                    + " policy to \"no\"."),
            Map.entry("volume is in use", "Remove the containers that use it first, then remove the volume."),
            Map.entry("mount path must be absolute", "Give the path inside the container as an absolute path, such as"
                    + " /data."));

    /** For an engine that failed (5xx) or did not answer in time: the same request may well work a moment later. */
    static final String TRY_AGAIN = "Try again in a moment; if it keeps failing, the engine's own log says why.";

    private DaemonErrors() {
    }

    /**
     * @param failure what docker-java threw
     * @param attempt what the user tried, as a verb phrase: "stop container web"
     */
    public static DaemonException translate(Throwable failure, String attempt) {
        if (failure instanceof DaemonException known) {
            return known;
        }
        if (failure instanceof DockerException engine) {
            return fromEngine(engine, attempt);
        }
        if (isTimeout(failure)) {
            return new DaemonException("The Docker engine did not answer in time to " + attempt + ".", TRY_AGAIN, 0,
                    failure, true);
        }
        if (isConnectionProblem(failure)) {
            return new DaemonException("Berth could not reach the Docker engine to " + attempt + ".",
                    "Check that Docker is running; Berth reconnects by itself.", 0, failure, true);
        }
        return new DaemonException("Could not " + attempt + ": " + failure.getMessage(), null, 0, failure);
    }

    /** A call under way when the connection was lost (the engine went away or stopped answering). */
    public static DaemonException lostDuring(String attempt, Throwable failure) {
        return new DaemonException("Berth lost the connection to the Docker engine while trying to " + attempt + ".",
                "Berth reconnects by itself; try again once it is back.", 0, failure, true);
    }

    private static DaemonException fromEngine(DockerException engine, String attempt) {
        String said = engineMessage(engine);
        String lower = said.toLowerCase(Locale.ROOT);
        int status = engine.getHttpStatus();
        if (lower.contains("port is already allocated") || lower.contains("address already in use")) {
            return new DaemonException("Could not " + attempt + ": a published host port is already in use.",
                    "Choose another host port, or stop what uses it.", status, engine);
        }
        String action = knownAction(lower);
        if (action != null) {
            return new DaemonException(sentence(engine, status, attempt, said), action, status, engine);
        }
        if (engine instanceof NotFoundException || status == 404) {
            return new DaemonException("Could not " + attempt + ": " + said + ".",
                    "It may have been removed meanwhile; the list refreshes by itself.", status, engine);
        }
        if (engine instanceof ConflictException || status == 409) {
            action = lower.contains("running") ? "Stop it first, or remove it with force."
                    : lower.contains("already in use") ? "Rename or remove the other one first." : null;
            return new DaemonException("Could not " + attempt + ": " + said + ".", action, status, engine);
        }
        return new DaemonException("The Docker engine refused to " + attempt + ": " + said + ".",
                status >= 500 ? TRY_AGAIN : null, status, engine);
    }

    private static String knownAction(String lower) {
        if (lower.startsWith("network ") && lower.endsWith(" not found")) { // "network web-net not found"
            return "Create the network first, or choose another one.";
        }
        for (Map.Entry<String, String> rule : ACTIONS) {
            if (lower.contains(rule.getKey())) {
                return rule.getValue();
            }
        }
        return null;
    }

    /** As for the errors without a known action: "Could not …" for a missing or conflicting object, else refused. */
    private static String sentence(DockerException engine, int status, String attempt, String said) {
        boolean missingOrConflict = engine instanceof NotFoundException || engine instanceof ConflictException
                || status == 404 || status == 409;
        return (missingOrConflict ? "Could not " : "The Docker engine refused to ") + attempt + ": " + said + ".";
    }

    /** docker-java puts the engine's JSON body in the message: "Status 409: {"message":"…"}". */
    public static String engineMessage(DockerException engine) {
        String raw = String.valueOf(engine.getMessage());
        Matcher json = ENGINE_MESSAGE.matcher(raw);
        String said = json.find() ? json.group(1).replace("\\\"", "\"") : raw.replaceFirst("^Status \\d+:\\s*", "");
        said = said.strip();
        return said.endsWith(".") ? said.substring(0, said.length() - 1) : said;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnectionProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }
}
