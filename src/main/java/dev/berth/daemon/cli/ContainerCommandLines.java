package dev.berth.daemon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The `docker …` lines that the actions on existing containers equal: lifecycle, remove, rename, exec, logs. */
public final class ContainerCommandLines {
    /** The verbs of the one-click actions, each a `docker` command of the same name taking container names. */
    private static final Set<String> LIFECYCLE_VERBS = Set.of("start", "stop", "restart", "pause", "unpause", "kill");

    private ContainerCommandLines() {
    }

    /**
     * {@code docker VERB NAME…}, e.g. {@code docker stop web db}.
     *
     * @throws IllegalArgumentException for a verb that is not start, stop, restart, pause, unpause or kill
     */
    public static String lifecycle(String verb, List<String> containers) {
        if (!LIFECYCLE_VERBS.contains(verb)) {
            throw new IllegalArgumentException("Not a container lifecycle command: " + verb);
        }
        List<String> words = new ArrayList<>(List.of("docker", verb));
        words.addAll(containers);
        return CliWords.line(words.toArray(String[]::new));
    }

    /** {@code docker rm [-f] [-v] NAME…}: force stops running ones first, volumes removes their anonymous volumes. */
    public static String remove(List<String> containers, boolean force, boolean volumes) {
        List<String> words = new ArrayList<>(List.of("docker", "rm"));
        if (force) {
            words.add("-f");
        }
        if (volumes) {
            words.add("-v");
        }
        words.addAll(containers);
        return CliWords.line(words.toArray(String[]::new));
    }

    public static String rename(String container, String newName) {
        return CliWords.line("docker", "rename", container, newName);
    }

    /**
     * {@code docker exec -it [-u USER] [-w DIR] [-e K=V…] NAME COMMAND…}; a command no shell could split is shown as
     * typed.
     */
    public static String interactiveExec(String container, String user, String workingDir, List<String> env,
                                         String command) {
        List<String> words = new ArrayList<>(List.of("docker", "exec", "-it"));
        if (!user.isBlank()) {
            words.add("-u");
            words.add(user.trim());
        }
        if (!workingDir.isBlank()) {
            words.add("-w");
            words.add(workingDir.trim());
        }
        for (String variable : env) {
            words.add("-e");
            words.add(variable);
        }
        words.add(container);
        try {
            words.addAll(ShellWords.split(command));
            return CliWords.line(words.toArray(String[]::new));
        } catch (IllegalArgumentException unreadable) {
            return CliWords.line(words.toArray(String[]::new)) + " " + command;
        }
    }

    /** {@code docker attach NAME}: joins the container's main process (detach with Ctrl-P Ctrl-Q). */
    public static String attach(String container) {
        return CliWords.line("docker", "attach", container);
    }

    /** {@code docker logs --follow NAME}. */
    public static String followLogs(String container) {
        return CliWords.line("docker", "logs", "--follow", container);
    }
}
