package dev.berth.ui;

import dev.berth.ui.text.SecretText;

import java.util.Set;

/**
 * A {@code docker …} line as the screen shows it and as Copy gives it: {@code shown} has secret-looking values
 * masked ({@code -e POSTGRES_PASSWORD=••••••}), {@code real} is the command that runs.
 */
public record DisplayedCommand(String real, String shown) {
    public static final DisplayedCommand NONE = new DisplayedCommand("", "");

    public DisplayedCommand {
        real = real == null ? "" : real;
        shown = shown == null ? "" : shown;
    }

    /** Every secret-looking value masked. */
    public static DisplayedCommand masked(String real) {
        return new DisplayedCommand(real, SecretText.maskCommand(real));
    }

    /** Masked except the variables the user chose to see ({@code revealed} names). */
    public static DisplayedCommand revealing(String real, Set<String> revealed) {
        return new DisplayedCommand(real, SecretText.maskCommand(real, revealed::contains));
    }

    public boolean isEmpty() {
        return real.isEmpty();
    }
}
