package dev.berth.daemon.images;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference as the engine reads it (the grammar of distribution/reference):
 * {@code [registry[:port]/]path-component[/path-component…][:tag][@algorithm:hex]}. The first component is a
 * registry only when it has a '.' or a ':' or is "localhost", as the CLI decides.
 *
 * @param registry the registry host (with port), or null for Docker Hub
 * @param path     the repository path below the registry: "library/nginx" is written "nginx" on Docker Hub
 * @param tag      or null
 * @param digest   or null
 */
public record ImageReference(String registry, String path, String tag, String digest) {
    public static final String DOCKER_HUB = "docker.io";
    private static final int MAX_NAME_LENGTH = 255;
    private static final String ALNUM = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|-+)";
    private static final Pattern PATH_COMPONENT = Pattern.compile(ALNUM + "(?:" + SEPARATOR + ALNUM + ")*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
                    + "|\\[[0-9a-fA-F:.]+\\]");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
    private static final Pattern IMAGE_ID = Pattern.compile("[a-f0-9]{64}");

    /** Reads a reference, or throws with the sentence {@link #problem} gives. */
    public static ImageReference parse(String text) {
        Parsed parsed = read(text);
        if (parsed.problem != null) {
            throw new IllegalArgumentException(parsed.problem);
        }
        return parsed.reference;
    }

    /** What is wrong with {@code text} as an image reference and how to fix it; empty when it is valid. */
    public static Optional<String> problem(String text) {
        return Optional.ofNullable(read(text).problem);
    }

    /** For {@code docker tag} and {@code docker push}: a valid reference that names a tag, not a digest. */
    public static Optional<String> tagProblem(String text) {
        Parsed parsed = read(text);
        if (parsed.problem != null) {
            return Optional.of(parsed.problem);
        }
        if (parsed.reference.digest() != null) {
            return Optional.of("A tag cannot have a digest (@sha256:…); write repository:tag.");
        }
        return Optional.empty();
    }

    /** registry/path, as written ("nginx", "127.0.0.1:5000/team/app"). */
    public String name() {
        return registry == null ? path : registry + "/" + path;
    }

    /** The tag pulled when none is written: "latest", unless a digest pins the image. */
    public String tagOrLatest() {
        return tag != null ? tag : "latest";
    }

    /** Where the image lives: the registry host, "docker.io" for Docker Hub. */
    public String registryHost() {
        return registry == null ? DOCKER_HUB : registry;
    }

    /** As written, with the implied ":latest" when there is neither tag nor digest. */
    public String withDefaultTag() {
        return tag == null && digest == null ? name() + ":latest" : toString();
    }

    @Override
    public String toString() {
        return name() + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    private record Parsed(ImageReference reference, String problem) {
        static Parsed bad(String problem) {
            return new Parsed(null, problem);
        }
    }

    private static Parsed read(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.bad("Enter an image, such as nginx:1.27 or registry.example.com:5000/team/app:2.1.");
        }
        if (!text.equals(text.strip()) || text.chars().anyMatch(Character::isWhitespace)) {
            return Parsed.bad("An image reference has no spaces.");
        }
        String rest = text;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                return Parsed.bad("\"@" + digest + "\" is not a digest: write @sha256: followed by 64 hex digits.");
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                return Parsed.bad("\"" + tag + "\" is not a valid tag: use letters, digits, '_', '.' and '-' (up to"
                        + " 128), not starting with '.' or '-'.");
            }
        }
        return readName(rest, tag, digest);
    }

    private static Parsed readName(String name, String tag, String digest) {
        if (name.isEmpty()) {
            return Parsed.bad("The reference has no repository name before the tag or digest.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Parsed.bad("The repository name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (IMAGE_ID.matcher(name).matches() && tag == null && digest == null) {
            return Parsed.bad("That looks like an image ID, not a name; pull by name, such as busybox:latest.");
        }
        String registry = null;
        String path = name;
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                path = name.substring(slash + 1);
                String registryProblem = registryProblem(registry);
                if (registryProblem != null) {
                    return Parsed.bad(registryProblem);
                }
            } else if (!first.equals(first.toLowerCase(Locale.ROOT))) {
                return Parsed.bad("The repository name must be lowercase: \"" + first + "\".");
            }
        }
        for (String component : path.split("/", -1)) {
            if (component.isEmpty()) {
                return Parsed.bad("The name has an empty part: remove the extra '/'.");
            }
            if (!component.equals(component.toLowerCase(Locale.ROOT))) {
                return Parsed.bad("The repository name must be lowercase: \"" + component + "\".");
            }
            if (!PATH_COMPONENT.matcher(component).matches()) {
                return Parsed.bad("\"" + component + "\" is not a valid name part: use lowercase letters and digits,"
                        + " separated by '.', '_', '__' or '-'.");
            }
        }
        return new Parsed(new ImageReference(registry, path, tag, digest), null);
    }

    private static String registryProblem(String registry) {
        String host = registry;
        int portColon = registry.lastIndexOf(':');
        if (portColon > registry.lastIndexOf(']')) {
            host = registry.substring(0, portColon);
            String port = registry.substring(portColon + 1);
            Matcher digits = PORT.matcher(port);
            if (!digits.matches() || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return "\"" + port + "\" is not a registry port: use a number from 1 to 65535.";
            }
        }
        if (!DOMAIN.matcher(host).matches()) {
            return "\"" + host + "\" is not a registry host name: use letters, digits, '-' and '.'.";
        }
        return null;
    }
}
