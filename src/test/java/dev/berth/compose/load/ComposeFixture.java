package dev.berth.compose.load;

import dev.berth.compose.model.ComposeFileException;
import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;
import dev.berth.compose.model.ServiceSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compose files written into a test's folder, loaded with an environment the test controls. */
final class ComposeFixture {
    static final String HOME = "/home/tester";

    private final Path directory;
    private final Map<String, String> environment = new HashMap<>(Map.of("HOME", HOME));

    ComposeFixture(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    ComposeFixture file(String name, String text) {
        try {
            Path file = directory.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ComposeFixture env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** The request for the given files (relative to the folder), or for the default files when none is given. */
    LoadRequest request(String... files) {
        return LoadRequest.of(directory, Arrays.stream(files).map(Path::of).toList(), environment);
    }

    ComposeProject load(String... files) throws ComposeFileException {
        return load(request(files));
    }

    ComposeProject load(LoadRequest request) throws ComposeFileException {
        return new ComposeLoader().load(request);
    }

    ServiceSpec service(String name, String... files) throws ComposeFileException {
        return load(files).services().get(name);
    }

    /** The problems of a load that must fail. */
    List<ComposeProblem> problems(LoadRequest request) {
        ComposeFileException[] failure = new ComposeFileException[1];
        assertThatThrownBy(() -> load(request)).isInstanceOfSatisfying(ComposeFileException.class,
                exception -> failure[0] = exception);
        return failure[0].problems();
    }

    List<ComposeProblem> problems(String... files) {
        return problems(request(files));
    }

    String path(String relative) {
        return directory.resolve(relative).normalize().toString();
    }
}
