package dev.berth.containers.run;

import dev.berth.daemon.DaemonException;
import dev.berth.daemon.containers.RunSpec.MountSpec.Kind;
import dev.berth.daemon.containers.RunSpec.MountSpec;
import dev.berth.daemon.containers.RunSpec.PortSpec;
import dev.berth.daemon.containers.RunSpec;
import dev.berth.daemon.images.ImageSummary;
import dev.berth.daemon.networks.NetworkSummary;
import dev.berth.daemon.volumes.VolumeSummary;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.ui.form.KeyValueRow;
import dev.berth.ui.text.SecretText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunDialogViewModelTest {
    private final FakeEngineGateway engine = new FakeEngineGateway();
    private RunDialogViewModel model;

    @BeforeEach
    void openBlankDialog() {
        engine.setImages(List.of(new ImageSummary("sha256:1", List.of("nginx:1.27", "busybox:latest"), 1, Instant.EPOCH)));
        engine.setNetworks(List.of(new NetworkSummary("n1", "shop", "bridge", "local")));
        engine.setVolumes(List.of(new VolumeSummary("pgdata", "local", "/var/lib/docker/volumes/pgdata/_data")));
        engine.setExposedPorts(Map.of("nginx:1.27", List.of("80/tcp", "443/tcp")));
        model = new RunDialogViewModel(engine, Runnable::run, Map.of(5432, "db"), RunSpec.builder("").build(), null);
        model.loadSuggestions();
    }

    private RunForm form() {
        return model.form();
    }

    private void fillValidForm() {
        form().image.set("nginx:1.27");
        form().name.set("web");
        form().env.add(new KeyValueRow("MODE", "production"));
        form().env.add(new KeyValueRow("GREETING", "hello world"));
        form().ports.add(new PortRow("", "8080", "80", "tcp"));
        form().mounts.add(new MountRow(Kind.VOLUME, "pgdata", "/data", false));
    }

    @Test
    void aBlankFormAsksForAnImageAndSendsNothing() {
        assertThat(model.problemOf(RunField.IMAGE)).isPresent();
        assertThat(model.submit().join()).isNull();
        assertThat(engine.actions()).isEmpty();
    }

    @Test
    void anUntouchedFormShowsNoProblemAndNoLineUntilTheUserLeavesAFieldOrPressesRun() {
        assertThat(model.shownProblems().shownProperty().get()).as("nothing typed yet: nothing to scold").isEmpty();
        assertThat(model.shownProblems().nothingShownProperty().getValue()).as("Run stays pressable").isTrue();
        assertThat(model.displayedCommandProperty().get().isEmpty()).as("no line without an image").isTrue();

        model.shownProblems().left(RunField.NAME);
        assertThat(model.shownProblems().shownProperty().get()).isEmpty();
        model.shownProblems().left(RunField.IMAGE);
        assertThat(model.shownProblems().shownProperty().get()).containsOnlyKeys(RunField.IMAGE);

        form().image.set("nginx:1.27");
        form().user.set("not a user");
        assertThat(model.shownProblems().shownProperty().get()).as("the user field was never left").isEmpty();
        assertThat(model.displayedCommandProperty().get().shown()).endsWith(" nginx:1.27");

        assertThat(model.submit().join()).isNull();
        assertThat(model.shownProblems().shownProperty().get()).as("pressing Run shows every problem")
                .containsOnlyKeys(RunField.USER);
        assertThat(model.shownProblems().nothingShownProperty().getValue()).isFalse();
        assertThat(engine.actions()).isEmpty();
    }

    @Test
    void theLiveLineMasksPasswordsUntilTheirFieldIsRevealedAndCopyStaysReal() {
        model.pasteCommandLine("docker run --name insta-training-db -e POSTGRES_PASSWORD=s3cret -e TZ=UTC"
                + " -p 5432:5432 -d postgres");

        var shown = model.displayedCommandProperty().get();
        assertThat(shown.shown()).contains("-e POSTGRES_PASSWORD=" + SecretText.MASK, "-e TZ=UTC")
                .doesNotContain("s3cret");
        assertThat(shown.real()).contains("-e POSTGRES_PASSWORD=s3cret").isEqualTo(model.commandLineProperty().get());

        form().env.get(0).revealedProperty().set(true);
        assertThat(model.displayedCommandProperty().get().shown()).contains("-e POSTGRES_PASSWORD=s3cret");
        form().env.get(0).revealedProperty().set(false);
        assertThat(model.displayedCommandProperty().get().shown()).doesNotContain("s3cret");
    }

    @Test
    void aPastedLineThatPublishesTheExposedPortLeavesNothingToSuggest() {
        engine.setImages(List.of(new ImageSummary("sha256:2", List.of("postgres:latest"), 1, Instant.EPOCH)));
        engine.setExposedPorts(Map.of("postgres", List.of("5432/tcp")));
        model = new RunDialogViewModel(engine, Runnable::run, Map.of(), RunSpec.builder("").build(), null);
        model.loadSuggestions();
        form().image.set("postgres");
        assertThat(model.exposedPortSuggestions()).containsExactly("5432/tcp");

        model.pasteCommandLine("docker run --name insta-training-db -e POSTGRES_PASSWORD=pw -p 5432:5432 -d postgres");

        assertThat(model.exposedPortSuggestions()).as("5432/tcp is published already").isEmpty();
    }

    @Test
    void theFormBecomesASpecAndALiveDockerRunLine() {
        fillValidForm();

        RunSpec spec = model.specProperty().get();
        assertThat(spec.image()).isEqualTo("nginx:1.27");
        assertThat(spec.env()).containsExactly(new RunSpec.EnvVar("MODE", "production"),
                new RunSpec.EnvVar("GREETING", "hello world"));
        assertThat(spec.ports()).containsExactly(PortSpec.tcp(8080, 80));
        assertThat(spec.mounts()).containsExactly(new MountSpec(Kind.VOLUME, "pgdata", "/data", false));
        assertThat(model.commandLineProperty().get()).startsWith("docker run -d ").contains("--name web")
                .contains("-p 8080:80").contains("-e MODE=production").contains("-e 'GREETING=hello world'")
                .contains("-v pgdata:/data").endsWith(" nginx:1.27");
        assertThat(model.problemsProperty().get()).isEmpty();

        form().command.set("sh -c 'echo hi'");
        assertThat(model.specProperty().get().command()).containsExactly("sh", "-c", "echo hi");
        assertThat(model.commandLineProperty().get()).endsWith("nginx:1.27 sh -c 'echo hi'");
    }

    @Test
    void blankLinesTheUserAddedDoNotCount() {
        fillValidForm();
        form().env.add(new KeyValueRow("", ""));
        form().ports.add(new PortRow("", "", "", "tcp"));
        assertThat(model.specProperty().get().env()).hasSize(2);
        assertThat(model.specProperty().get().ports()).hasSize(1);
        assertThat(model.problemsProperty().get()).isEmpty();
    }

    @Test
    void runSendsTheSpecAndAnswersTheNewId() {
        fillValidForm();
        assertThat(model.submit().join()).isEqualTo("new-web");
        assertThat(engine.actions()).containsExactly("run web");
        assertThat(engine.runSpecs()).containsExactly(model.specProperty().get());
    }

    @Test
    void editingRecreatesTheEditedContainer() {
        RunSpec existing = RunSpec.builder("nginx:1.27").name("web").addPort(PortSpec.tcp(8080, 80)).build();
        model = new RunDialogViewModel(engine, Runnable::run, Map.of(), existing, "abc123");
        model.form().ports.get(0).hostPortProperty().set("9090");

        assertThat(model.isEditing()).isTrue();
        assertThat(model.submit().join()).isEqualTo("new-web");
        assertThat(engine.actions()).containsExactly("recreate abc123");
        assertThat(engine.runSpecs().get(0).ports()).containsExactly(PortSpec.tcp(9090, 80));
    }

    @Test
    void anEngineRefusalBecomesANoticeAndTheDialogCanTryAgain() {
        fillValidForm();
        engine.failNextAction(new DaemonException("Port 8080 on the host is already in use by another container (x).",
                "Choose another host port."));
        assertThat(model.submit().join()).isNull();
        assertThat(model.notice().get().offeredAction()).isEqualTo("Choose another host port.");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.submit().join()).isEqualTo("new-web");
    }

    @Test
    void theImagesExposedPortsAreOfferedAndPublishedOnRequest() {
        form().image.set("nginx:1.27");
        assertThat(model.exposedPortSuggestions()).containsExactly("80/tcp", "443/tcp");
        model.publishExposed("443/tcp");
        assertThat(model.specProperty().get().ports()).containsExactly(PortSpec.tcp(443, 443));
        assertThat(model.exposedPortSuggestions()).as("a published port is no longer offered")
                .containsExactly("80/tcp");
        form().ports.clear();
        assertThat(model.exposedPortSuggestions()).containsExactly("80/tcp", "443/tcp");
        form().image.set("unknown-image");
        assertThat(model.exposedPortSuggestions()).isEmpty();
        assertThat(model.imageSuggestions()).contains("nginx:1.27", "busybox:latest");
        assertThat(model.networks()).containsExactly("shop");
        assertThat(model.volumes()).containsExactly("pgdata");
    }

    @Test
    void anEnvFileAddsItsVariablesAndAMalformedOneSaysWhichLine() {
        model.importEnvFile("# settings\nDB_HOST=db\nexport DB_PASSWORD=\"s3cret\"\n");
        assertThat(model.specProperty().get().env()).containsExactly(new RunSpec.EnvVar("DB_HOST", "db"),
                new RunSpec.EnvVar("DB_PASSWORD", "s3cret"));
        model.importEnvFile("OK=1\nthis line has no equals sign\n");
        assertThat(model.notice().get().sentence()).contains("2");
        assertThat(model.specProperty().get().env()).hasSize(2);
    }

    @Test
    void aPastedDockerRunLineFillsTheForm() {
        model.pasteCommandLine("docker run -d --name api -p 127.0.0.1:3000:3000 -e TOKEN=abc --restart always "
                + "busybox:latest httpd -f -p 3000");
        assertThat(form().name.get()).isEqualTo("api");
        assertThat(form().ports).hasSize(1);
        assertThat(form().ports.get(0).hostIpProperty().get()).isEqualTo("127.0.0.1");
        assertThat(form().restart.get()).isEqualTo("always");
        assertThat(form().command.get()).isEqualTo("httpd -f -p 3000");
        assertThat(model.specProperty().get().command()).containsExactly("httpd", "-f", "-p", "3000");

        model.pasteCommandLine("docker run --cap-add NET_ADMIN busybox");
        assertThat(model.notice().get().sentence()).contains("--cap-add");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad(RunField.IMAGE, f -> f.image.set("")),
                bad(RunField.IMAGE, f -> f.image.set("Nginx:latest")),
                bad(RunField.IMAGE, f -> f.image.set("nginx:bad tag")),
                bad(RunField.IMAGE, f -> f.image.set("nginx@sha256:1234")),
                bad(RunField.NAME, f -> f.name.set("-web")),
                bad(RunField.NAME, f -> f.name.set("web server")),
                bad(RunField.COMMAND, f -> f.command.set("sh -c 'unclosed")),
                bad(RunField.ENV, f -> f.env.add(new KeyValueRow("", "value-without-key"))),
                bad(RunField.ENV, f -> f.env.add(new KeyValueRow("MY KEY", "1"))),
                bad(RunField.ENV, f -> f.env.addAll(new KeyValueRow("A", "1"), new KeyValueRow("A", "2"))),
                bad(RunField.PORTS, f -> f.ports.add(new PortRow("", "8080", "", "tcp"))),
                bad(RunField.PORTS, f -> f.ports.add(new PortRow("", "8080", "70000", "tcp"))),
                bad(RunField.PORTS, f -> f.ports.add(new PortRow("", "http", "80", "tcp"))),
                bad(RunField.PORTS, f -> f.ports.add(new PortRow("", "99999", "80", "tcp"))),
                bad(RunField.PORTS, f -> f.ports.add(new PortRow("300.1.1.1", "8080", "80", "tcp"))),
                bad(RunField.PORTS, f -> f.ports.addAll(new PortRow("", "8080", "80", "tcp"),
                        new PortRow("", "8080", "81", "tcp"))),
                bad(RunField.PORTS, f -> f.ports.add(new PortRow("", "5432", "5432", "tcp"))),
                bad(RunField.MOUNTS, f -> f.mounts.add(new MountRow(Kind.VOLUME, "data", "relative/path", false))),
                bad(RunField.MOUNTS, f -> f.mounts.add(new MountRow(Kind.VOLUME, "", "/data", false))),
                bad(RunField.MOUNTS, f -> f.mounts.add(new MountRow(Kind.BIND, "relative/host", "/data", false))),
                bad(RunField.MOUNTS, f -> f.mounts.add(new MountRow(Kind.VOLUME, "bad name", "/data", false))),
                bad(RunField.MOUNTS, f -> f.mounts.addAll(new MountRow(Kind.VOLUME, "a", "/data", false),
                        new MountRow(Kind.VOLUME, "b", "/data", false))),
                bad(RunField.RESTART, f -> {
                    f.restart.set("always");
                    f.autoRemove.set(true);
                }),
                bad(RunField.RESTART, f -> {
                    f.restart.set("always");
                    f.maxRetries.set("3");
                }),
                bad(RunField.LABELS, f -> f.labels.add(new KeyValueRow("", "orphan-value"))),
                bad(RunField.WORKING_DIR, f -> f.workingDir.set("relative/dir")),
                bad(RunField.USER, f -> f.user.set("two words")));
    }

    private static Arguments bad(RunField field, Consumer<RunForm> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badInputs")
    void eachBadInputIsNamedOnItsFieldAndNothingIsSent(RunField field, Consumer<RunForm> change) {
        fillValidForm();
        change.accept(form());

        assertThat(model.problemOf(field)).as("message on %s", field).isPresent();
        assertThat(model.submit().join()).isNull();
        assertThat(engine.actions()).isEmpty();
    }
}
