package dev.berth.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The notice a view model shows above its content, or none: the view model sets it, a {@link NoticeBanner} shows
 * it and takes it down when the user closes it. Changed on the view model's {@code ui} executor only.
 */
public final class NoticeHolder {
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");

    /** The notice shown now, or null. */
    public Notice get() {
        return notice.get();
    }

    /** Shows {@code shown} in place of the current notice; null takes the notice down. */
    public void set(Notice shown) {
        notice.set(shown);
    }

    /** Shows a failure as an error notice: the engine's sentence and, where it offers one, its remedy. */
    public void report(Throwable failure) {
        notice.set(Notice.error(failure));
    }

    public ReadOnlyObjectProperty<Notice> property() {
        return notice.getReadOnlyProperty();
    }
}
