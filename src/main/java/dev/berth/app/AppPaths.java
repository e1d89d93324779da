package dev.berth.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Berth keeps its files on each desktop, following each platform's convention. */
final class AppPaths {
    private AppPaths() {
    }

    /** The log file this run writes ({@link LogSetup}), in the folder Main chose, or a temporary one when started otherwise. */
    static Path currentLogFile() {
        String folder = System.getProperty("berth.logDir");
        Path logs = folder != null ? Path.of(folder) : Path.of(System.getProperty("java.io.tmpdir"), "berth-logs");
        return logs.resolve("berth.log");
    }

    static Path logDirectory(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return base.resolve("Berth").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("Berth");
        }
        String dataHome = env.get("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : home.resolve(".local").resolve("share");
        return base.resolve("berth").resolve("logs");
    }
}
