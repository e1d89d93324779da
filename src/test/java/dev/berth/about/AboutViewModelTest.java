package dev.berth.about;

import dev.berth.daemon.ConnectionState;
import dev.berth.daemon.EngineEndpoint;
import dev.berth.daemon.EngineInfo;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AboutViewModelTest {
    private static final EngineEndpoint SOCKET = new EngineEndpoint("unix:///var/run/docker.sock", "default socket",
            null);

    private final SimpleObjectProperty<ConnectionState> state =
            new SimpleObjectProperty<>(ConnectionState.connecting(SOCKET));
    private final List<String> opened = new ArrayList<>();

    @TempDir
    Path logs;

    private AboutViewModel model(Path logFile, boolean documentsOpen) {
        return new AboutViewModel("1.0.0", state, logFile, opened::add, documentsOpen);
    }

    @Test
    void namesTheVersion() {
        assertThat(model(logs.resolve("berth.log"), true).version()).isEqualTo("Version 1.0.0");
    }

    @Test
    void theEngineLineFollowsTheConnection() {
        AboutViewModel about = model(logs.resolve("berth.log"), true);
        assertThat(about.engine().getValue())
                .isEqualTo("Connecting to unix:///var/run/docker.sock (default socket)…");

        state.set(ConnectionState.up(new EngineInfo(SOCKET, "27.5.1", "1.47", "linux", "amd64")));
        assertThat(about.engine().getValue())
                .isEqualTo("Docker 27.5.1 · API 1.47 · unix:///var/run/docker.sock (default socket)");

        state.set(ConnectionState.down(SOCKET, "No Docker engine answered.", Instant.EPOCH));
        assertThat(about.engine().getValue()).isEqualTo("Not connected · unix:///var/run/docker.sock (default socket)");
    }

    @Test
    void opensTheFolderTheLogFileIsIn() {
        AboutViewModel about = model(logs.resolve("berth.log"), true);

        assertThat(about.logFile()).isEqualTo(logs.resolve("berth.log").toString());
        assertThat(about.logFolderBlocked()).isEmpty();
        about.openLogFolder();
        assertThat(opened).containsExactly(logs.toUri().toString());
    }

    @Test
    void aLogFolderThatDoesNotExistCannotBeOpenedAndSaysWhy() {
        AboutViewModel about = model(logs.resolve("never-written").resolve("berth.log"), true);

        assertThat(about.logFolderBlocked()).hasValueSatisfying(reason -> assertThat(reason).contains("not"));
        about.openLogFolder();
        assertThat(opened).isEmpty();
    }

    @Test
    void withoutAProgramToOpenFoldersNothingIsOpened() {
        AboutViewModel about = model(logs.resolve("berth.log"), false);

        assertThat(about.logFolderBlocked()).hasValueSatisfying(reason -> assertThat(reason).contains("copied"));
        about.openLogFolder();
        about.openLicence();
        assertThat(opened).isEmpty();
    }

    @Test
    void theLicenceOpensAtApache() {
        model(logs.resolve("berth.log"), true).openLicence();
        assertThat(opened).containsExactly("https://www.apache.org/licenses/LICENSE-2.0");
    }

    @Test
    void linuxOpensFoldersOnlyWithXdgOpenOnThePath() throws Exception {
        Path bin = Files.createDirectories(logs.resolve("bin"));
        Path empty = Files.createDirectories(logs.resolve("empty"));
        Path xdgOpen = Files.createFile(bin.resolve("xdg-open"));
        assertThat(xdgOpen.toFile().setExecutable(true)).isTrue();

        assertThat(AboutViewModel.desktopOpensDocuments("Linux", empty + File.pathSeparator + bin)).isTrue();
        assertThat(AboutViewModel.desktopOpensDocuments("Linux", empty.toString())).isFalse();
        assertThat(AboutViewModel.desktopOpensDocuments("Linux", null)).isFalse();
        assertThat(AboutViewModel.desktopOpensDocuments("Windows 11", null)).isTrue();
        assertThat(AboutViewModel.desktopOpensDocuments("Mac OS X", "")).isTrue();
    }
}
