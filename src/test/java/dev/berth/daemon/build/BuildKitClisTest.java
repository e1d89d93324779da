package dev.berth.daemon.build;

import dev.berth.daemon.EngineEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildKitClisTest {
    private static final BuildKitClis.Probe DOCKER_28_WITHOUT_BUILDX = new BuildKitClis.Probe(
            Path.of("/usr/local/bin/docker"), "Docker version 28.2.2, build e6534b4\n", false);
    private static final BuildKitClis.Probe DEBIAN_20_10 = new BuildKitClis.Probe(Path.of("/usr/bin/docker"),
            "Docker version 20.10.24+dfsg1, build 297e128\n", false);

    @Test
    void aCliThatNeedsBuildxWithoutItIsPassedOverForOneWithBuildKitBuiltIn() {
        BuildKitClis.Found found = BuildKitClis.choose(List.of(DOCKER_28_WITHOUT_BUILDX, DEBIAN_20_10));

        assertThat(found.executable()).contains(Path.of("/usr/bin/docker"));
        assertThat(found.why()).isNull();
    }

    @Test
    void buildxMakesAnyVersionGood() {
        BuildKitClis.Probe withBuildx = new BuildKitClis.Probe(Path.of("/opt/docker"), "Docker version 28.2.2", true);

        assertThat(BuildKitClis.choose(List.of(withBuildx)).executable()).contains(Path.of("/opt/docker"));
    }

    @Test
    void versionsBeforeBuildKitCannot() {
        BuildKitClis.Probe old = new BuildKitClis.Probe(Path.of("/old/docker"), "Docker version 18.06.1-ce", false);

        assertThat(old.canBuildWithSecrets()).isFalse();
        assertThat(new BuildKitClis.Probe(Path.of("d"), "Docker version 18.09.0", false).canBuildWithSecrets())
                .isTrue();
    }

    @Test
    void withoutAnyCapableCliTheReasonNamesEachOneAndWhatToInstall() {
        BuildKitClis.Found found = BuildKitClis.choose(List.of(DOCKER_28_WITHOUT_BUILDX,
                new BuildKitClis.Probe(Path.of("/broken/docker"), null, false)));

        assertThat(found.executable()).isEmpty();
        assertThat(found.why()).contains("only BuildKit can run", "the engine's API builder cannot",
                "/usr/local/bin/docker (Docker version 28.2.2, build e6534b4) needs the buildx plugin",
                "/broken/docker did not answer", "docker-buildx-plugin");
        assertThat(BuildKitClis.choose(List.of()).why()).contains("There is no docker CLI on the PATH.");
    }

    @Test
    void candidatesAreTheExecutablesOnThePathEachOnceEvenThroughALink(@TempDir Path root) throws IOException {
        Path usrBin = Files.createDirectories(root.resolve("usr/bin"));
        Path docker = Files.writeString(usrBin.resolve("docker"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path bin = Files.createSymbolicLink(root.resolve("bin"), usrBin);
        Path notExecutable = Files.createDirectories(root.resolve("other"));
        Files.writeString(notExecutable.resolve("docker"), "text");
        String path = String.join(File.pathSeparator, usrBin.toString(), "", bin.toString(),
                notExecutable.toString(), root.resolve("missing").toString());

        assertThat(BuildKitClis.candidates(path)).containsExactly(docker);
    }

    @Test
    void theCliIsPointedAtTheGatewaysEngineWithBuildKitOn() {
        Map<String, String> env = new HashMap<>(Map.of("DOCKER_CONTEXT", "remote", "DOCKER_TLS_VERIFY", "1",
                "PATH", "/usr/bin"));

        BuildKitBuild.environment(env, new EngineEndpoint("unix:///var/run/docker.sock", "default socket", null));

        assertThat(env).containsEntry("DOCKER_BUILDKIT", "1")
                .containsEntry("DOCKER_HOST", "unix:///var/run/docker.sock").containsEntry("PATH", "/usr/bin")
                .doesNotContainKeys("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY");
    }

    @Test
    void aTlsEngineGetsItsCertificates() {
        Map<String, String> env = new HashMap<>();

        BuildKitBuild.environment(env, new EngineEndpoint("tcp://build:2376", "DOCKER_HOST",
                new EngineEndpoint.TlsSettings(true, "/certs")));

        assertThat(env).containsEntry("DOCKER_TLS_VERIFY", "1").containsEntry("DOCKER_CERT_PATH", "/certs")
                .containsEntry("DOCKER_HOST", "tcp://build:2376");
    }
}
