package dev.berth.app;

import javafx.application.Application;

import java.nio.file.Path;

/**
 * Launcher. It does not extend {@link Application}, so the jar also starts from a plain classpath; it points the
 * log file at the user's data folder before anything logs, and sets up logging and the engine's gateway while the
 * toolkit starts ({@link EarlyStart}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("berth.logDir") == null) {
            Path logs = AppPaths.logDirectory(System.getenv(), System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home")));
            System.setProperty("berth.logDir", logs.toString());
        }
        EarlyStart.begin();
        Application.launch(BerthApp.class, args);
    }
}
