package dev.berth.ui;

import dev.berth.ui.concurrent.Scheduler;
import dev.berth.ui.dialogs.Dialogs;

import java.util.concurrent.Executor;

/**
 * What the composition root gives every resource tab's view model: the executor that runs on the UI thread, the
 * timer that debounces refreshes, the status bar's echo of the last command, and the dialogs to ask through.
 */
public record TabContext(Executor ui, Scheduler scheduler, CommandEcho echo, Dialogs dialogs) {
}
