package dev.berth.daemon.cli;

import dev.berth.daemon.build.BuildSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code docker build} line a {@link BuildSpec} equals. BuildKit builds run that very line (through the CLI),
 * so the words here are also the CLI's arguments.
 */
public final class BuildCommandLine {
    /** What a BuildKit build needs in the CLI's environment (docker 20.10 uses the classic builder otherwise). */
    public static final String BUILDKIT_ENV = "DOCKER_BUILDKIT=1";

    private BuildCommandLine() {
    }

    /** The shell line, e.g. {@code docker build -t web:1 --target runtime /src/web}. */
    public static String render(BuildSpec spec) {
        String line = CliWords.line(arguments(spec).toArray(String[]::new));
        String docker = "docker " + line;
        return spec.builder() == BuildSpec.Builder.BUILDKIT ? BUILDKIT_ENV + " " + docker : docker;
    }

    /** The words after {@code docker}: {@code build}, the options, then the context folder. */
    public static List<String> arguments(BuildSpec spec) {
        List<String> words = new ArrayList<>(List.of("build"));
        if (spec.dockerfile() != null && !isDefaultDockerfile(spec)) {
            words.add("-f");
            words.add(spec.dockerfile().toString());
        }
        for (String tag : spec.tags()) {
            words.add("-t");
            words.add(tag);
        }
        pairs(words, "--build-arg", spec.buildArgs());
        if (spec.target() != null) {
            words.add("--target");
            words.add(spec.target());
        }
        if (spec.noCache()) {
            words.add("--no-cache");
        }
        if (spec.pull()) {
            words.add("--pull");
        }
        pairs(words, "--label", spec.labels());
        for (BuildSpec.BuildSecret secret : spec.secrets()) {
            words.add("--secret");
            words.add("id=" + secret.id() + ",src=" + secret.file());
        }
        words.add(spec.context().toString());
        return words;
    }

    private static boolean isDefaultDockerfile(BuildSpec spec) {
        Path given = spec.dockerfile().toAbsolutePath().normalize();
        return given.equals(spec.context().toAbsolutePath().normalize().resolve("Dockerfile"));
    }

    private static void pairs(List<String> words, String flag, Map<String, String> pairs) {
        pairs.forEach((key, value) -> {
            words.add(flag);
            words.add(key + "=" + value);
        });
    }
}
