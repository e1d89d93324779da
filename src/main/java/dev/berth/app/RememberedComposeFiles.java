package dev.berth.app;

import dev.berth.compose.RememberedFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The compose files the user opened, in java.util.prefs: one key per project, in the order they were opened, each
 * holding its files one per line (a key per project keeps every value under the store's length limit).
 */
final class RememberedComposeFiles implements RememberedFiles {
    private static final String KEY = "project.";

    private final Preferences node;

    RememberedComposeFiles(Preferences node) {
        this.node = node;
    }

    @Override
    public List<List<Path>> load() {
        List<List<Path>> projects = new ArrayList<>();
        for (int i = 0; ; i++) {
            String files = node.get(KEY + i, null);
            if (files == null) {
                return projects;
            }
            projects.add(Arrays.stream(files.split("\n")).filter(line -> !line.isBlank()).map(Path::of).toList());
        }
    }

    @Override
    public void save(List<List<Path>> projects) {
        try {
            node.clear();
        } catch (BackingStoreException unreadable) {
            // the keys written below replace the first ones; a longer list left behind is only read up to a gap
        }
        for (int i = 0; i < projects.size(); i++) {
            node.put(KEY + i, String.join("\n", projects.get(i).stream().map(Path::toString).toList()));
        }
    }
}
