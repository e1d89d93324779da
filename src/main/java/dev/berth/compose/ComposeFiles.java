package dev.berth.compose;

import dev.berth.compose.model.ComposeProject;

import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * How the section reads compose files: the loader, where opened files are remembered, the thread that reads them,
 * and how a resolved project is written out as {@code docker compose config} prints it.
 */
public record ComposeFiles(ProjectLoader loader, RememberedFiles remembered, Executor io,
                           Function<ComposeProject, String> configWriter) {
}
