package dev.berth.images.build;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code -t} names of a build: {@code [registry[:port]/]path[:tag]} with the lowercase path grammar of the
 * engine. Kept small on purpose: digests and the other forms a pull accepts are not tags.
 */
final class ImageTags {
    private static final Pattern COMPONENT = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*");
    private static final Pattern HOST = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?))*"
                    + "(?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final int MAX_NAME = 255;
    private static final String EXAMPLE = "e.g. myapp:1.0 or 127.0.0.1:5000/team/app:1.0";

    private ImageTags() {
    }

    /** The tags in a field where they are separated by spaces or commas. */
    static List<String> split(String field) {
        return Arrays.stream(field.split("[\\s,]+")).filter(tag -> !tag.isEmpty()).toList();
    }

    /** What is wrong with {@code reference} as a tag, or null when the engine will take it. */
    static String problem(String reference) {
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        String name = colon > slash ? reference.substring(0, colon) : reference;
        String tag = colon > slash ? reference.substring(colon + 1) : null;
        if (tag != null && !TAG.matcher(tag).matches()) {
            return "The tag \"" + tag + "\" of " + reference + " may hold only letters, digits, _ . and - (at most "
                    + "128, not starting with . or -).";
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return "\"" + reference + "\" needs a name of 1 to " + MAX_NAME + " characters before the tag ("
                    + EXAMPLE + ").";
        }
        List<String> parts = List.of(name.split("/", -1));
        int first = 0;
        if (parts.size() > 1 && isRegistry(parts.get(0))) {
            if (!HOST.matcher(parts.get(0)).matches()) {
                return "\"" + parts.get(0) + "\" is not a registry address: use host or host:port, e.g. 127.0.0.1:5000.";
            }
            first = 1;
        }
        for (String component : parts.subList(first, parts.size())) {
            if (!component.equals(component.toLowerCase(Locale.ROOT))
                    && COMPONENT.matcher(component.toLowerCase(Locale.ROOT)).matches()) {
                return "Repository names must be lowercase: write \"" + component.toLowerCase(Locale.ROOT)
                        + "\" instead of \"" + component + "\".";
            }
            if (!COMPONENT.matcher(component).matches()) {
                return "\"" + reference + "\" is not a valid image name: use lowercase letters and digits, joined by "
                        + ". _ or - and separated by / (" + EXAMPLE + ").";
            }
        }
        return null;
    }

    private static boolean isRegistry(String first) {
        return first.contains(".") || first.contains(":") || first.equals("localhost");
    }
}
