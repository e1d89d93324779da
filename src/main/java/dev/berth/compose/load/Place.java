package dev.berth.compose.load;

import java.nio.file.Path;

/**
 * Where a YAML node was written: its file, 1-based line and column (0 when unknown), and the folder its relative paths
 * are resolved against.
 *
 * @param baseDir the project's working folder for the {@code -f} files, or an {@code extends} file's own folder
 */
record Place(Path file, Path baseDir, int line, int column) {

    /** The whole file, for problems that have no line (a missing file, an empty document). */
    static Place ofFile(Path file, Path baseDir) {
        return new Place(file, baseDir, 0, 0);
    }
}
