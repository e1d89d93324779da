package dev.berth.daemon.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to build, as {@code docker build} takes it.
 *
 * @param context    the context folder sent to the builder
 * @param dockerfile the Dockerfile ({@code -f}), or null for {@code Dockerfile} in the context; it may lie outside
 * @param tags       {@code -t}, in order; may be empty (the image is then known by its id only)
 * @param buildArgs  {@code --build-arg}, in order
 * @param target     {@code --target} stage, or null for the last stage
 * @param labels     {@code --label}, in order
 * @param secrets    {@code --secret id=…,src=…}; only BuildKit can use them
 * @param builder    which builder runs the build; BuildKit runs through the docker CLI
 */
public record BuildSpec(Path context, Path dockerfile, List<String> tags, Map<String, String> buildArgs,
                        String target, boolean noCache, boolean pull, Map<String, String> labels,
                        List<BuildSecret> secrets, Builder builder) {

    /** The engine's classic builder over the Engine API, or BuildKit (needed for {@code RUN --mount=…}). */
    public enum Builder { CLASSIC, BUILDKIT }

    /** A BuildKit secret: the file's content is mounted at {@code /run/secrets/<id>} for the RUN steps asking. */
    public record BuildSecret(String id, Path file) {
        public BuildSecret {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(file, "file");
        }
    }

    public BuildSpec {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(builder, "builder");
        tags = List.copyOf(tags);
        buildArgs = Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        secrets = List.copyOf(secrets);
        target = target == null || target.isBlank() ? null : target.strip();
    }

    /** The Dockerfile that is actually read: the one given, or {@code Dockerfile} in the context. */
    public Path effectiveDockerfile() {
        return dockerfile != null ? dockerfile : context.resolve("Dockerfile");
    }

    public static BuildSpec classic(Path context) {
        return new BuildSpec(context, null, List.of(), Map.of(), null, false, false, Map.of(), List.of(),
                Builder.CLASSIC);
    }
}
