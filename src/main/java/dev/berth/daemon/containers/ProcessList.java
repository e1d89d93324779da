package dev.berth.daemon.containers;

import java.util.List;

/** `docker top`: the column titles the engine chose (PID, USER, TIME, CMD…) and one row per process. */
public record ProcessList(List<String> titles, List<List<String>> rows) {
    public ProcessList {
        titles = List.copyOf(titles);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
