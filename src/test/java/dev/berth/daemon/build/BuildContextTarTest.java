package dev.berth.daemon.build;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BuildContextTarTest {
    @TempDir
    Path context;
    @TempDir
    Path elsewhere;

    @Test
    void theTarHoldsTheContextWithoutWhatDockerignoreExcludesButAlwaysTheDockerfile() throws IOException {
        write("Dockerfile", "FROM scratch");
        write("src/app.sh", "echo hi");
        write("src/.env", "PASSWORD=x");
        write("target/app.jar", "jar");
        write(".dockerignore", "Dockerfile\n.dockerignore\n**/.env\ntarget\n");

        BuildContextTar.Packed packed = BuildContextTar.pack(context, context.resolve("Dockerfile"));

        assertThat(packed.dockerfilePath()).isEqualTo("Dockerfile");
        assertThat(entries(packed).keySet()).containsExactlyInAnyOrder("Dockerfile", ".dockerignore", "src/",
                "src/app.sh");
    }

    @Test
    void aDockerfileOutsideTheContextTravelsUnderAGeneratedName() throws IOException {
        write("app.txt", "x");
        Path dockerfile = Files.writeString(elsewhere.resolve("Build.dockerfile"), "FROM scratch\nCOPY app.txt /\n");

        BuildContextTar.Packed packed = BuildContextTar.pack(context, dockerfile);

        assertThat(packed.dockerfilePath()).startsWith(".dockerfile.").doesNotContain("/");
        Map<String, String> entries = entries(packed);
        assertThat(entries).containsEntry(packed.dockerfilePath(), "FROM scratch\nCOPY app.txt /\n")
                .containsEntry("app.txt", "x");
    }

    @Test
    void aDockerfileInASubfolderIsNamedByItsPathAndModesAndLinksAreKept() throws IOException {
        write("docker/web.Dockerfile", "FROM scratch");
        Path script = write("run.sh", "#!/bin/sh");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
        Files.createSymbolicLink(context.resolve("latest"), Path.of("run.sh"));

        BuildContextTar.Packed packed = BuildContextTar.pack(context, context.resolve("docker/web.Dockerfile"));

        assertThat(packed.dockerfilePath()).isEqualTo("docker/web.Dockerfile");
        try (InputStream in = Files.newInputStream(packed.tarFile());
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals("run.sh")) {
                    assertThat(entry.getMode() & 0777).isEqualTo(0750);
                }
                if (entry.getName().equals("latest")) {
                    assertThat(entry.isSymbolicLink()).isTrue();
                    assertThat(entry.getLinkName()).isEqualTo("run.sh");
                }
            }
        } finally {
            Files.delete(packed.tarFile());
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = context.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    /** Entry name → content, and the tar file deleted. */
    private static Map<String, String> entries(BuildContextTar.Packed packed) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(packed.tarFile());
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.delete(packed.tarFile());
        }
        return entries;
    }
}
