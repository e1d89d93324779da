package dev.berth.daemon.containers;

import java.util.List;

/**
 * What {@code docker exec -it [--user U] [--workdir DIR] [--env K=V…] CONTAINER COMMAND…} runs; {@code user} ""
 * is the image's user, {@code workingDir} "" the image's working directory.
 */
public record ExecSpec(List<String> command, String user, String workingDir, List<String> env, boolean tty,
                       int columns, int rows) {
    public ExecSpec {
        command = List.copyOf(command);
        env = List.copyOf(env);
    }

    public static ExecSpec shell() {
        return new ExecSpec(List.of("/bin/sh"), "", "", List.of(), true, 80, 24);
    }
}
