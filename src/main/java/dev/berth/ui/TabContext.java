package dev.berth.ui;

import dev.berth.ui.concurrent.Scheduler;
import dev.berth.ui.concurrent.StartGate;
import dev.berth.ui.dialogs.Dialogs;

import java.util.concurrent.Executor;

/**
 * What the composition root gives every resource tab's view model: the executor that runs on the UI thread, the
 * timer that debounces refreshes, the status bar's echo of the last command, the dialogs to ask through, and the
 * gate that holds back the lists of sections not shown until the window's first list has its answer.
 */
public record TabContext(Executor ui, Scheduler scheduler, CommandEcho echo, Dialogs dialogs, StartGate startGate) {

    /** A context whose lists start at once. */
    public TabContext(Executor ui, Scheduler scheduler, CommandEcho echo, Dialogs dialogs) {
        this(ui, scheduler, echo, dialogs, StartGate.alreadyOpen());
    }
}
