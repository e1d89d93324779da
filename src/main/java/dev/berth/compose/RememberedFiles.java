package dev.berth.compose;

import java.nio.file.Path;
import java.util.List;

/** Where the section keeps the compose files the user opened, between runs: one list of files per project. */
public interface RememberedFiles {

    List<List<Path>> load();

    void save(List<List<Path>> projects);
}
