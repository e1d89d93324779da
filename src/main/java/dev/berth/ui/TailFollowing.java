package dev.berth.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * When a view of a growing list (a log, the event feed, a console) follows its newest row, as a terminal does. This
 * is the rule alone, free of controls so that a plain test covers it; {@link TailScrolling} tells it what the user
 * and the list did and carries out its answers.
 * <ul>
 *   <li>Following stops when the user moves away from the end (the wheel up, Up, Page Up, Home, select all, pressing
 *       the scroll bar) or the view leaves it (a search match to show, a new filter): {@link #stop()}.</li>
 *   <li>It resumes when the user comes back to the end ({@link #reachedEnd()}: the scroll bar at its end with the
 *       newest row in view), asks for it ({@link #follow()}: End, the jump-to-end button, typing in a console), or
 *       when rows arrive in a list that showed all of its rows, where there was no place to keep.</li>
 *   <li>While following, changes that give the list another row count ask for one scroll to the newest row, taken
 *       once per layout pass however many changes came before it; a change that keeps the count (a full buffer
 *       trading its oldest rows for new ones) needs none, as the list keeps its rows by index.</li>
 *   <li>While not following, rows dropped at the start move the view up by as many rows, so that the rows being read
 *       stay where they are.</li>
 * </ul>
 */
public final class TailFollowing {
    private final BooleanProperty following;
    private boolean endScrollWanted;

    /** A rule that starts out following, its state kept here. */
    public TailFollowing() {
        this(new SimpleBooleanProperty(true));
    }

    /** @param following where the state lives (e.g. a view model's flag); this rule reads and sets it */
    public TailFollowing(BooleanProperty following) {
        this.following = following;
    }

    /** The user moved away from the end, or the view shows something else: stay where the view is. */
    public void stop() {
        following.set(false);
        endScrollWanted = false;
    }

    /** The user asked for the newest row: follow it, scrolling there. */
    public void follow() {
        following.set(true);
        endScrollWanted = true;
    }

    /** The user brought the view to the newest row themselves: follow it from here. */
    public void reachedEnd() {
        following.set(true);
    }

    /**
     * The list's rows changed (one call per change, however many rows it carries).
     *
     * @param droppedAtStart how many of the oldest rows went
     * @param appended       how many new rows came at the end
     * @param countChanged   whether the list now holds another number of rows than it was last laid out with
     * @param showedAllRows  whether every row was in view before the change
     * @return how many rows to move the view up by, so that the rows being read stay put; 0 while following
     */
    public int rowsChanged(int droppedAtStart, int appended, boolean countChanged, boolean showedAllRows) {
        if (!following.get() && appended > 0 && showedAllRows) {
            following.set(true);
        }
        if (following.get()) {
            endScrollWanted |= countChanged;
            return 0;
        }
        return droppedAtStart;
    }

    /** Whether to scroll to the newest row now; asked once per layout pass, it answers yes once per request. */
    public boolean takeEndScroll() {
        boolean scroll = endScrollWanted && following.get();
        endScrollWanted = false;
        return scroll;
    }

    public boolean isFollowing() {
        return following.get();
    }
}
