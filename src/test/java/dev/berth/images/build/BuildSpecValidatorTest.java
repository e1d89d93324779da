package dev.berth.images.build;

import dev.berth.ui.form.KeyValueRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildSpecValidatorTest {
    private final BuildForm form = new BuildForm();
    @TempDir
    Path context;

    @BeforeEach
    void aValidContext() throws IOException {
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
        form.context.set(context.toString());
    }

    private Map<BuildField, String> problems() {
        return BuildSpecValidator.problems(form, DockerfileAnalysis.EMPTY);
    }

    @Test
    void aValidFormHasNoProblemsAndBlankRowsDoNotCount() {
        form.buildArgs.add(new KeyValueRow("", ""));
        form.labels.add(new KeyValueRow(" ", ""));

        assertThat(problems()).isEmpty();
    }

    @Test
    void buildArgumentsNeedAValidNameOnce() {
        form.buildArgs.add(new KeyValueRow("", "1.0"));
        assertThat(problems().get(BuildField.BUILD_ARGS))
                .isEqualTo("The build argument with the value \"1.0\" needs a name.");

        form.buildArgs.get(0).keyProperty().set("1VERSION");
        assertThat(problems().get(BuildField.BUILD_ARGS)).isEqualTo("\"1VERSION\" is not a build argument name: use "
                + "letters, digits and _, not starting with a digit.");

        form.buildArgs.get(0).keyProperty().set("VERSION");
        form.buildArgs.add(new KeyValueRow("VERSION", "2.0"));
        assertThat(problems().get(BuildField.BUILD_ARGS)).isEqualTo("The build argument VERSION is given twice; "
                + "remove one.");
    }

    @Test
    void labelsNeedAKeyButAnyKeyWillDo() {
        form.labels.add(new KeyValueRow("org.opencontainers.image.title", "web"));
        assertThat(problems()).isEmpty();

        form.labels.add(new KeyValueRow("", "x"));
        assertThat(problems().get(BuildField.LABELS)).isEqualTo("The label with the value \"x\" needs a key.");
    }

    @Test
    void aDockerfileThatIsAFolderOrMissingIsExplained() throws IOException {
        form.dockerfile.set(Files.createDirectories(context.resolve("docker")).toString());
        assertThat(problems().get(BuildField.DOCKERFILE)).endsWith("is a folder; choose the Dockerfile itself.");

        form.dockerfile.set(context.resolve("nope.Dockerfile").toString());
        assertThat(problems().get(BuildField.DOCKERFILE)).isEqualTo("The Dockerfile " + context.resolve(
                "nope.Dockerfile") + " does not exist.");
    }

    @Test
    void aFileAsContextIsExplained() {
        form.context.set(context.resolve("Dockerfile").toString());

        assertThat(problems().get(BuildField.CONTEXT)).contains("is a file; the context must be a folder");
    }

    @Test
    void secretsNeedAnIdAndAnExistingFile() throws IOException {
        form.secrets.add(new KeyValueRow("", "/tmp/x"));
        assertThat(problems().get(BuildField.SECRETS)).startsWith("The secret from /tmp/x needs an id");

        form.secrets.get(0).keyProperty().set("bad id");
        assertThat(problems().get(BuildField.SECRETS)).startsWith("\"bad id\" is not a secret id");

        form.secrets.get(0).keyProperty().set("token");
        form.secrets.get(0).valueProperty().set(context.resolve("absent.txt").toString());
        assertThat(problems().get(BuildField.SECRETS)).endsWith("of the secret token does not exist.");

        form.secrets.get(0).valueProperty().set(Files.writeString(context.resolve("t.txt"), "t").toString());
        assertThat(problems()).isEmpty();
    }

    @Test
    void aTargetWithoutNamedStagesIsExplained() {
        form.target.set("build");

        DockerfileAnalysis unnamed = DockerfileAnalysis.of("FROM scratch\n");
        assertThat(BuildSpecValidator.problems(form, unnamed).get(BuildField.TARGET))
                .startsWith("The Dockerfile names no stages (FROM … AS name)");
        DockerfileAnalysis named = DockerfileAnalysis.of("FROM scratch AS Build\n");
        assertThat(BuildSpecValidator.problems(form, named)).doesNotContainKey(BuildField.TARGET);
    }
}
