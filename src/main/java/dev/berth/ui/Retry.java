package dev.berth.ui;

/**
 * What a failed call offers: to do it again, as a button on its notice. The action runs on the UI thread, once at a
 * time ({@link NoticeHolder#retry()}). Every retry is a thing of its own (no two are equal), so a notice that says
 * the same as the one before it still counts as a new notice.
 */
public final class Retry {
    private final String label;
    private final Runnable action;

    public Retry(String label, Runnable action) {
        this.label = label;
        this.action = action;
    }

    /** A button that says "Retry". */
    public static Retry of(Runnable action) {
        return new Retry("Retry", action);
    }

    public String label() {
        return label;
    }

    public void run() {
        action.run();
    }
}
