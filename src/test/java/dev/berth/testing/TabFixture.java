package dev.berth.testing;

import dev.berth.ui.CommandEcho;
import dev.berth.ui.TabContext;

import java.util.concurrent.Executor;

/**
 * What a tab's view model gets from the composition root, for a unit test: time that moves only when the test
 * advances it, an echo to read the last command from, and dialogs that answer as the test scripted them.
 */
public record TabFixture(ManualScheduler scheduler, CommandEcho echo, RecordingDialogs dialogs) {
    public TabFixture() {
        this(new ManualScheduler(), new CommandEcho(), new RecordingDialogs());
    }

    /** The context with UI work run at once on the test's thread. */
    public TabContext context() {
        return context(Runnable::run);
    }

    /** The context with UI work handed to {@code ui}, for tests that count or hold back the hops. */
    public TabContext context(Executor ui) {
        return new TabContext(ui, scheduler, echo, dialogs);
    }
}
