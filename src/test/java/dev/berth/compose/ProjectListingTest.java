package dev.berth.compose;

import dev.berth.compose.actions.ProjectState;
import dev.berth.daemon.containers.ContainerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.berth.compose.ComposeFixtures.container;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectListingTest {
    @TempDir
    Path folder;

    @Test
    void aV1ProjectNamesItsFilesRelativeToItsWorkingFolderAndTheyAreFoundThere() throws IOException {
        Files.writeString(folder.resolve("docker-compose.yml"), "services: {}\n");
        ProjectState v1 = new ProjectState("legacy", folder.toString(), List.of("docker-compose.yml"),
                List.of(container("legacy", "api", 1, ContainerState.RUNNING)), List.of(), List.of());
        ProjectState gone = new ProjectState("gone", "/nowhere", List.of("/nowhere/compose.yaml"), List.of(),
                List.of(), List.of());

        ProjectListing listing = ProjectListing.checkingFiles(List.of(v1, gone));

        assertThat(ProjectListing.configFilesOf(v1)).containsExactly(folder.resolve("docker-compose.yml"));
        assertThat(listing.withFilesOnDisk()).containsExactly("legacy");
    }

    @Test
    void anOpenedFileClaimsTheProjectItStartedByItsFilesBeforeItIsRead() {
        Path file = folder.resolve("compose.yaml");
        ProjectState started = new ProjectState("renamed", folder.toString(), List.of(file.toString()), List.of(),
                List.of(), List.of());

        List<ProjectEntry> entries = new ProjectListing(List.of(started), Set.of())
                .entries(List.of(FileProject.reading(List.of(file))));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.engine()).isSameAs(started);
            assertThat(entry.file().files()).containsExactly(file);
        });
    }
}
