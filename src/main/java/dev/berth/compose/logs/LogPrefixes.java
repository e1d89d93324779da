package dev.berth.compose.logs;

import java.util.List;

/**
 * The prefix of each container's lines in a project's combined log, as {@code docker compose logs} writes it:
 * "web-1  | ", padded to the longest name so the bars line up, in a colour of the service's own: the project's
 * services take the colours in their order, as compose gives them, so the same file shows the same colours on every
 * run.
 */
final class LogPrefixes {
    /** Cyan, yellow, green, magenta, blue, then their bright shades, as compose picks them. */
    private static final int[] COLOURS = {36, 33, 32, 35, 34, 96, 93, 92, 95, 94};

    private final List<String> services;
    private int width;

    /**
     * @param services the project's services in order, each padded for as "service-1"
     * @param labels   the names ("web-1") of the containers known at first, to pad to the longest
     */
    LogPrefixes(List<String> services, List<String> labels) {
        this.services = List.copyOf(services);
        services.forEach(service -> width = Math.max(width, label(service, 1).length()));
        labels.forEach(label -> width = Math.max(width, label.length()));
    }

    /** "web-1" for replica 1 of "web"; the service alone when the number is unknown. */
    static String label(String service, int number) {
        return number > 0 ? service + "-" + number : service;
    }

    /** The coloured prefix of a container's lines; a longer name than any before widens the ones after it. */
    String prefix(String service, String label) {
        width = Math.max(width, label.length());
        return "\u001b[" + colourOf(service) + "m" + label + " ".repeat(width - label.length()) + "  | \u001b[0m";
    }

    /** The service's ANSI colour: by its place among the project's services, else from its name. */
    int colourOf(String service) {
        int at = services.indexOf(service);
        return COLOURS[at >= 0 ? at % COLOURS.length : Math.floorMod(service.hashCode(), COLOURS.length)];
    }
}
