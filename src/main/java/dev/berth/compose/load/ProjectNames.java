package dev.berth.compose.load;

import java.util.Locale;

/** Compose project names: what compose makes of a folder's name, and which names it accepts. */
final class ProjectNames {
    private ProjectNames() {
    }

    /** Lowercase, only {@code [a-z0-9_-]} kept, no leading {@code _} or {@code -}: compose's normalisation. */
    static String normalize(String name) {
        String kept = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        return kept.replaceFirst("^[_-]+", "");
    }

    /** Whether compose accepts the name as given ({@code -p}, {@code COMPOSE_PROJECT_NAME}). */
    static boolean isValid(String name) {
        return !name.isEmpty() && normalize(name).equals(name);
    }
}
