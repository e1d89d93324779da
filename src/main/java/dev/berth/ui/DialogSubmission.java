package dev.berth.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What a form dialog keeps about its one engine call: whether it is running (the dialog shows progress and takes no
 * second click), and the engine's refusal, shown in the dialog so the user can fix the form and retry.
 */
public final class DialogSubmission {
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final NoticeHolder notice = new NoticeHolder();

    public DialogSubmission(Executor ui) {
        this.ui = ui;
    }

    /** @return the call's answer, or {@code refused} when the engine refused it (or a call is running already) */
    public <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> call, T refused) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(refused);
        }
        busy.set(true);
        notice.set(null);
        return call.get().handleAsync((answer, failure) -> {
            busy.set(false);
            if (failure != null) {
                notice.set(Notice.error(failure));
                return refused;
            }
            return answer;
        }, ui);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The engine's refusal, or a problem the dialog found without the engine (e.g. in a file it read). */
    public NoticeHolder notice() {
        return notice;
    }
}
