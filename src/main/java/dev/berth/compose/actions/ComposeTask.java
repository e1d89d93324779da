package dev.berth.compose.actions;

import java.util.concurrent.CompletableFuture;

/** One running compose action: it completes when every service is done, or exceptionally with the first failure. */
public interface ComposeTask {

    CompletableFuture<Void> done();

    /** Stops the action between steps (and aborts a pull or build in flight); what was done stays done. */
    void cancel();
}
