package dev.berth.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The `docker …` line of the last action the user took, shown in the status bar so the GUI teaches the CLI. */
public final class CommandEcho {
    private final ReadOnlyStringWrapper lastCommand = new ReadOnlyStringWrapper(this, "lastCommand", "");

    /** Call on the UI thread. */
    public void echo(String commandLine) {
        lastCommand.set(commandLine);
    }

    public ReadOnlyStringProperty lastCommandProperty() {
        return lastCommand.getReadOnlyProperty();
    }
}
