package dev.berth.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * A text that follows the age clock ("5 minutes ago", "Up 3 seconds"). It is set again only when its words change,
 * so a tick that changes no age (most do not: "5 minutes ago" stays for a minute) lays out and repaints nothing,
 * where a text bound to the clock was invalidated, laid out and repainted at every tick.
 */
public final class AgeText {
    private AgeText() {
    }

    /** Shows {@code words} of the clock's now in {@code label}, from now on. */
    public static void follow(Labeled label, ObservableValue<Instant> now, Function<Instant, String> words) {
        follow(label.textProperty(), label.getProperties(), now, words);
    }

    /**
     * @param keeper holds the listener as long as the text's owner lives: the clock only holds it weakly, so a
     *               label let go of is not kept alive by it
     */
    static void follow(StringProperty text, Map<Object, Object> keeper, ObservableValue<Instant> now,
                       Function<Instant, String> words) {
        InvalidationListener tick = ticked -> text.set(words.apply(now.getValue()));
        keeper.put(AgeText.class, tick);
        now.addListener(new WeakInvalidationListener(tick));
        tick.invalidated(now);
    }
}
