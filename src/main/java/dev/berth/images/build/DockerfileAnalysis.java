package dev.berth.images.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Build dialog needs to know of a Dockerfile: its build arguments with their defaults, its stages (for
 * {@code --target}), and whether it mounts secrets ({@code RUN --mount=type=secret}), which only BuildKit can run.
 * A reading, not a parser of the whole language: instructions it does not need are skipped.
 *
 * @param usesMounts whether any RUN has a {@code --mount} (secret, cache, ssh…): all need BuildKit
 */
public record DockerfileAnalysis(List<Arg> args, List<Stage> stages, List<String> secretIds, boolean usesMounts) {
    private static final Pattern ESCAPE_DIRECTIVE = Pattern.compile("^#\\s*escape\\s*=\\s*([\\\\`])\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSTRUCTION = Pattern.compile("^\\s*(\\w+)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern FLAG = Pattern.compile("^--([\\w-]+)=(\\S*)$");

    public static final DockerfileAnalysis EMPTY = new DockerfileAnalysis(List.of(), List.of(), List.of(), false);

    /**
     * @param name         the argument's name
     * @param defaultValue its default, or null when it has none
     * @param stage        the index of the stage it is declared in, or -1 when declared before the first FROM
     */
    public record Arg(String name, String defaultValue, int stage) {
    }

    /** @param name the {@code AS} name, or null */
    public record Stage(int index, String image, String name) {
    }

    public DockerfileAnalysis {
        args = List.copyOf(args);
        stages = List.copyOf(stages);
        secretIds = List.copyOf(secretIds);
    }

    /** The names {@code --target} accepts, in order. */
    public List<String> stageNames() {
        return stages.stream().map(Stage::name).filter(name -> name != null).toList();
    }

    public boolean needsBuildKit() {
        return usesMounts;
    }

    public static DockerfileAnalysis of(String dockerfile) {
        List<Arg> args = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        Set<String> secrets = new LinkedHashSet<>();
        boolean mounts = false;
        for (String instruction : instructions(dockerfile)) {
            Matcher parts = INSTRUCTION.matcher(instruction);
            if (!parts.matches()) {
                continue;
            }
            String keyword = parts.group(1).toUpperCase(Locale.ROOT);
            List<String> words = Words.split(parts.group(2));
            switch (keyword) {
                case "FROM" -> stages.add(stage(stages.size(), words));
                case "ARG" -> words.forEach(word -> args.add(arg(word, stages.size() - 1)));
                case "RUN" -> {
                    for (String word : words) {
                        Matcher flag = FLAG.matcher(word);
                        if (!flag.matches()) {
                            break; // the flags come first; the rest is the command
                        }
                        if (flag.group(1).equalsIgnoreCase("mount")) {
                            mounts = true;
                            String secret = MountOptions.secretId(flag.group(2));
                            if (secret != null) {
                                secrets.add(secret);
                            }
                        }
                    }
                }
                default -> {
                    // not needed by the dialog
                }
            }
        }
        return new DockerfileAnalysis(args, stages, List.copyOf(secrets), mounts);
    }

    private static Stage stage(int index, List<String> words) {
        List<String> rest = words.stream().filter(word -> !word.startsWith("--")).toList();
        String image = rest.isEmpty() ? "" : rest.get(0);
        String name = rest.size() >= 3 && rest.get(1).equalsIgnoreCase("AS") ? rest.get(2) : null;
        return new Stage(index, image, name);
    }

    private static Arg arg(String word, int stage) {
        int equals = word.indexOf('=');
        return equals < 0 ? new Arg(word, null, stage)
                : new Arg(word.substring(0, equals), word.substring(equals + 1), stage);
    }

    /** Logical instructions: continuation lines joined, comment lines and blank lines dropped. */
    static List<String> instructions(String dockerfile) {
        String[] lines = dockerfile.split("\r?\n", -1);
        char escape = '\\';
        for (String line : lines) {
            Matcher directive = ESCAPE_DIRECTIVE.matcher(line.strip());
            if (directive.matches()) {
                escape = directive.group(1).charAt(0);
                break;
            }
            if (!line.strip().startsWith("#")) {
                break; // directives are only allowed before the first instruction
            }
        }
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.startsWith("#") || (stripped.isEmpty() && current.length() == 0)) {
                continue; // comments, even inside a continued instruction, are not part of it
            }
            String trailing = line.stripTrailing();
            if (!trailing.isEmpty() && trailing.charAt(trailing.length() - 1) == escape) {
                current.append(trailing, 0, trailing.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (!current.toString().isBlank()) {
                instructions.add(current.toString().strip());
            }
            current.setLength(0);
        }
        if (!current.toString().isBlank()) {
            instructions.add(current.toString().strip());
        }
        return instructions;
    }
}
