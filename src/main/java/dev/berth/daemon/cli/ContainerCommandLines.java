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
     * {@code docker exec -it [-u USER] NAME COMMAND…}. A command a shell could not split (an unclosed quote) is
     * appended as typed, so the line still shows what the user wrote.
     *
     * @param user empty or blank for the image's user
     */
    public static String interactiveExec(String container, String user, String command) {
        List<String> words = new ArrayList<>(List.of("docker", "exec", "-it"));
        if (!user.isBlank()) {
            words.add("-u");
            words.add(user.trim());
        }
        words.add(container);
        try {
            words.addAll(ShellWords.split(command));
            return CliWords.line(words.toArray(String[]::new));
        } catch (IllegalArgumentException unreadable) {
            return CliWords.line(words.toArray(String[]::new)) + " " + command;
        }
    }

    /** {@code docker logs --follow NAME}. */
    public static String followLogs(String container) {
        return CliWords.line("docker", "logs", "--follow", container);
    }
}
