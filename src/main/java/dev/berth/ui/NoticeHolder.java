package dev.berth.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The notice a view model shows above its content, or none: the view model sets it, a {@link NoticeBanner} shows
 * it and takes it down when the user closes it. A notice's {@link Retry} runs once at a time ({@link #retry()}): the
 * notice stays while it runs, until the attempt takes it down or replaces it. Changed on the view model's {@code ui}
 * executor only.
 */
public final class NoticeHolder {
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(this, "retrying");

    /** The notice shown now, or null. */
    public Notice get() {
        return notice.get();
    }

    /** Shows {@code shown} in place of the current notice; null takes the notice down. */
    public void set(Notice shown) {
        retrying.set(false);
        notice.set(shown);
    }

    /** Takes {@code mine} down if it is still the notice shown; a notice shown since stays. Null does nothing. */
    public void takeDown(Notice mine) {
        if (mine != null && notice.get() == mine) {
            set(null);
        }
    }

    /** Shows a failure as an error notice: the engine's sentence and, where it offers one, its remedy. */
    public void report(Throwable failure) {
        set(Notice.error(failure));
    }

    /** The same, offering {@code retry} where trying again may work ({@link Notice#error(Throwable, Runnable)}). */
    public void report(Throwable failure, Runnable retry) {
        set(Notice.error(failure, retry));
    }

    /** Runs the shown notice's retry, unless it has none or it runs already. */
    public void retry() {
        Notice shown = notice.get();
        if (shown != null && shown.retry() != null && !retrying.get()) {
            retrying.set(true);
            shown.retry().run();
        }
    }

    /**
     * An action starts: the notice of an earlier one goes, unless this action is the shown notice's retry, whose
     * notice stays until {@link #succeeded()} or a new notice.
     */
    public void begin() {
        if (!retrying.get()) {
            set(null);
        }
    }

    /** The action worked: the notice it retried (if it was a retry) goes. */
    public void succeeded() {
        if (retrying.get()) {
            set(null);
        }
    }

    /** Whether the shown notice's retry is under way. */
    public ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> property() {
        return notice.getReadOnlyProperty();
    }
}
