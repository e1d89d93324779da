package dev.berth.compose;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProject;

import java.nio.file.Path;
import java.util.List;

/** Reads compose files into a resolved project, as {@code docker compose -f … config} would; blocking file IO. */
@FunctionalInterface
public interface ProjectLoader {

    /**
     * @param files the files in the order {@code -f} would name them
     * @throws ComposeFileException with every problem found, when the files cannot make a project
     */
    ComposeProject load(List<Path> files) throws ComposeFileException;
}
