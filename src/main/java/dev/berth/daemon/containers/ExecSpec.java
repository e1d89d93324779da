package dev.berth.daemon.containers;

import java.util.List;

/** What {@code docker exec -it [--user U] CONTAINER COMMAND…} runs; {@code user} "" is the image's user. */
public record ExecSpec(List<String> command, String user, boolean tty, int columns, int rows) {
    public ExecSpec {
        command = List.copyOf(command);
    }

    public static ExecSpec shell() {
        return new ExecSpec(List.of("/bin/sh"), "", true, 80, 24);
    }
}
