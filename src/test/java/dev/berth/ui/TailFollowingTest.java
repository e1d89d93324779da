package dev.berth.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TailFollowingTest {
    private final BooleanProperty following = new SimpleBooleanProperty(true);
    private final TailFollowing rule = new TailFollowing(following);

    @Test
    void whileFollowingManyChangesBeforeALayoutAskForOneScrollToTheEnd() {
        for (int batch = 0; batch < 1000; batch++) {
            assertThat(rule.rowsChanged(0, 50, true, false)).isZero();
        }

        assertThat(rule.takeEndScroll()).isTrue();
        assertThat(rule.takeEndScroll()).as("one scroll per layout pass, not one per change").isFalse();
        assertThat(rule.isFollowing()).isTrue();
    }

    @Test
    void aFullBufferTradingItsOldestRowsForNewOnesNeedsNoScroll() {
        assertThat(rule.rowsChanged(50, 50, false, false)).isZero();

        assertThat(rule.takeEndScroll()).isFalse();
    }

    @Test
    void scrollingUpStopsFollowingAndDroppedRowsThenMoveTheViewUpByAsMany() {
        rule.rowsChanged(0, 50, true, false);
        rule.stop();

        assertThat(following.get()).as("the view model's flag").isFalse();
        assertThat(rule.takeEndScroll()).as("a scroll asked for before the user left is not made").isFalse();
        assertThat(rule.rowsChanged(30, 30, false, false)).isEqualTo(30);
        assertThat(rule.rowsChanged(0, 10, true, false)).as("nothing dropped, nothing to move").isZero();
        assertThat(rule.takeEndScroll()).isFalse();
        assertThat(rule.isFollowing()).isFalse();
    }

    @Test
    void reachingTheEndAgainFollowsFromThereWithoutAScroll() {
        rule.stop();

        rule.reachedEnd();

        assertThat(following.get()).isTrue();
        assertThat(rule.takeEndScroll()).isFalse();
        assertThat(rule.rowsChanged(30, 30, false, false)).as("following: the place is the end").isZero();
        rule.rowsChanged(0, 5, true, false);
        assertThat(rule.takeEndScroll()).isTrue();
    }

    @Test
    void askingToFollowScrollsToTheEnd() {
        rule.stop();

        rule.follow();

        assertThat(rule.isFollowing()).isTrue();
        assertThat(rule.takeEndScroll()).isTrue();
    }

    @Test
    void rowsArrivingInAListThatShowedAllItsRowsFollowAgainAsNoPlaceWasKept() {
        rule.stop();

        assertThat(rule.rowsChanged(0, 3, true, true)).isZero();

        assertThat(rule.isFollowing()).isTrue();
        assertThat(rule.takeEndScroll()).isTrue();
    }

    @Test
    void rowsReplacedInAListThatShowedAllItsRowsDoNotFollowAgain() {
        rule.stop();

        rule.rowsChanged(0, 0, true, true);

        assertThat(rule.isFollowing()).isFalse();
        assertThat(rule.takeEndScroll()).isFalse();
    }

    @Test
    void theFlagClearedFromOutsideStopsAScrollAlreadyAskedFor() {
        rule.rowsChanged(0, 5, true, false);

        following.set(false);

        assertThat(rule.takeEndScroll()).isFalse();
    }

    @Test
    void aRuleOfItsOwnStartsOutFollowing() {
        TailFollowing own = new TailFollowing();

        own.rowsChanged(0, 1, true, false);

        assertThat(own.isFollowing()).isTrue();
        assertThat(own.takeEndScroll()).isTrue();
    }
}
