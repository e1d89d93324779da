package dev.berth.testing;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reading and changing what the window shows from a test's thread. */
public final class FxThread {
    private FxThread() {
    }

    /** Runs {@code work} on the FX thread (at once if already there) and hands back its result. */
    public static <T> T onFx(Callable<T> work) {
        try {
            if (Platform.isFxApplicationThread()) {
                return work.call();
            }
            FutureTask<T> task = new FutureTask<>(work);
            Platform.runLater(task);
            return task.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new AssertionError("Work on the FX thread failed", failed.getCause());
        } catch (TimeoutException late) {
            throw new AssertionError("The FX thread did not get to the work within 30 s", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the FX thread", interrupted);
        } catch (Exception failed) {
            throw new AssertionError("Work on the FX thread failed", failed);
        }
    }
}
