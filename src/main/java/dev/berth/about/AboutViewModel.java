package dev.berth.about;

import dev.berth.daemon.ConnectionState;
import dev.berth.ui.EngineStatusViewModel;
import javafx.beans.value.ObservableValue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** What the About window tells: the version, the engine Berth talks to, where it logs, and its licence. */
public final class AboutViewModel {
    public static final String LICENCE = "Apache License 2.0";
    static final String LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0";

    private final String version;
    private final ObservableValue<String> engine;
    private final Path logFile;
    private final Consumer<String> showDocument;
    private final boolean documentsOpen;

    /**
     * @param showDocument  opens a URI with the desktop's default program (a folder in the file manager)
     * @param documentsOpen whether this desktop has a program {@code showDocument} can hand URIs to
     */
    public AboutViewModel(String version, ObservableValue<ConnectionState> engine, Path logFile,
                          Consumer<String> showDocument, boolean documentsOpen) {
        this.version = version;
        this.engine = engine.map(EngineStatusViewModel::summary);
        this.logFile = logFile;
        this.showDocument = showDocument;
        this.documentsOpen = documentsOpen;
    }

    public String version() {
        return "Version " + version;
    }

    /** The engine as the status bar names it, following reconnects while the window is open. */
    public ObservableValue<String> engine() {
        return engine;
    }

    public String logFile() {
        return logFile.toString();
    }

    /** Why the log folder cannot be opened, or empty when it can. */
    public Optional<String> logFolderBlocked() {
        if (!documentsOpen) {
            return Optional.of("This desktop has no program to open folders with; the path above can be copied.");
        }
        if (!Files.isDirectory(logFile.getParent())) {
            return Optional.of("The log folder does not exist yet: Berth has not written its log.");
        }
        return Optional.empty();
    }

    public void openLogFolder() {
        if (logFolderBlocked().isEmpty()) {
            showDocument.accept(logFile.getParent().toUri().toString());
        }
    }

    public void openLicence() {
        if (documentsOpen) {
            showDocument.accept(LICENCE_URL);
        }
    }

    /**
     * Whether JavaFX's HostServices can open a folder here: on Linux through {@code xdg-open} on the PATH (the
     * browsers it falls back to do not open folders); Windows and macOS always have a default handler.
     */
    public static boolean desktopOpensDocuments(String osName, String path) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return Pattern.compile(Pattern.quote(File.pathSeparator)).splitAsStream(path == null ? "" : path)
                .filter(folder -> !folder.isBlank())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "xdg-open")));
    }
}
