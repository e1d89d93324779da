package dev.berth.compose.config;

import dev.berth.compose.model.ComposeProblem;
import dev.berth.compose.model.ComposeProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedConfigViewModelTest {
    @TempDir
    Path folder;

    private ComposeProject project(Path file, String... warnings) {
        return new ComposeProject("demo", folder, List.of(file), Map.of(), Map.of(), Map.of(), List.of(warnings));
    }

    @Test
    void showsTheFilesOwnTextBesideWhatItResolvesToWithTheWarnings() throws IOException {
        Path file = Files.writeString(folder.resolve("compose.yaml"), "services:\n  web:\n    image: busybox\n");
        ResolvedConfigViewModel model = new ResolvedConfigViewModel(Runnable::run, Runnable::run,
                project -> "{\"name\": \"" + project.name() + "\"}");

        model.show(List.of(file), project(file, "services.web.secrets is not supported yet and is left out."),
                List.of());

        ResolvedConfigViewModel.Shown shown = model.shownProperty().get();
        assertThat(shown.files()).singleElement().satisfies(source -> {
            assertThat(source.path()).isEqualTo(file);
            assertThat(source.text()).isEqualTo("services:\n  web:\n    image: busybox\n");
        });
        assertThat(shown.resolved()).isEqualTo("{\"name\": \"demo\"}");
        assertThat(shown.warnings()).containsExactly("services.web.secrets is not supported yet and is left out.");
        assertThat(model.statusProperty().get()).endsWith("with a warning.");
    }

    @Test
    void aWrongFileShowsEveryProblemAndNoResolvedText() throws IOException {
        Path file = Files.writeString(folder.resolve("compose.yaml"), "services:\n  web:\n    imgae: busybox\n");
        ResolvedConfigViewModel model = new ResolvedConfigViewModel(Runnable::run, Runnable::run,
                project -> "never");
        List<ComposeProblem> problems = List.of(new ComposeProblem(file, 3, 5, "services.web.imgae",
                "Unknown key; did you mean \"image\"?"));

        model.show(List.of(file), null, problems);

        assertThat(model.shownProperty().get().problems()).isEqualTo(problems);
        assertThat(model.shownProperty().get().resolved()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("The files cannot be used: one problem.");
    }

    @Test
    void theFilesAreReadOffTheUiThreadAndOnlyTheNewestAnswerIsShown() throws IOException {
        Path first = Files.writeString(folder.resolve("a.yaml"), "a");
        Path second = Files.writeString(folder.resolve("b.yaml"), "b");
        Queue<Runnable> io = new ArrayDeque<>();
        ResolvedConfigViewModel model = new ResolvedConfigViewModel(io::add, Runnable::run, project -> "");

        model.show(List.of(first), project(first), List.of());
        model.show(List.of(second), project(second), List.of());
        assertThat(model.statusProperty().get()).isEqualTo("Reading b.yaml…");
        Runnable older = io.poll();
        io.poll().run();
        older.run();

        assertThat(model.shownProperty().get().files()).extracting(ResolvedConfigViewModel.SourceFile::text)
                .containsExactly("b");
    }

    @Test
    void aProjectWithoutFilesSaysHowToSeeItsConfiguration() {
        ResolvedConfigViewModel model = new ResolvedConfigViewModel(Runnable::run, Runnable::run, project -> "");
        model.show(List.of(), null, List.of());
        assertThat(model.statusProperty().get()).startsWith("No compose file is known");
        assertThat(ResolvedConfigViewModel.offsetOfLine("a\nbb\nccc", 3)).isEqualTo(5);
        assertThat(ResolvedConfigViewModel.offsetOfLine("a", 9)).isEqualTo(1);
    }
}
