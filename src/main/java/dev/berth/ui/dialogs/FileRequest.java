package dev.berth.ui.dialogs;

import java.util.List;

/**
 * What a file chooser shows.
 *
 * @param kind          the filter's name, e.g. "Image archives (*.tar)"
 * @param patterns      the filter's patterns, e.g. "*.tar"
 * @param suggestedName the name offered when saving; empty when opening
 */
public record FileRequest(String title, String kind, List<String> patterns, String suggestedName) {
    public FileRequest {
        patterns = List.copyOf(patterns);
    }

    /** A file to open. */
    public static FileRequest open(String title, String kind, String... patterns) {
        return new FileRequest(title, kind, List.of(patterns), "");
    }

    /** A file to save, with the name to offer. */
    public static FileRequest save(String title, String kind, String suggestedName, String... patterns) {
        return new FileRequest(title, kind, List.of(patterns), suggestedName);
    }
}
