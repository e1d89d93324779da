package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;

/**
 * One row's worth of the section's list: a project on the engine, a project opened from files, or both at once.
 *
 * @param file        the files the user opened, or null for a project found only through its labels
 * @param engine      the project on the engine, or null when it has nothing there
 * @param filesOnDisk for a project found only through its labels: its {@code config_files} are all still there
 */
record ProjectEntry(String key, String name, FileProject file, ProjectState engine, boolean filesOnDisk) {
}
