package dev.berth.ui;

import dev.berth.ui.text.SecretText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The inspect JSON and a find-in-text over it: every case-insensitive occurrence of the query, a current one that
 * Enter moves on (wrapping at the end), and "3 of 12" to say where the user is. Secret-looking variables are shown
 * masked until the user reveals them; the real JSON is what Copy takes.
 */
public final class InspectSearch {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed", false);
    private String real = "";
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private List<Integer> matches = List.of();

    public InspectSearch() {
        text.addListener((obs, old, now) -> search());
        query.addListener((obs, old, now) -> search());
        revealed.addListener((obs, old, now) -> show());
    }

    public void setText(String json) {
        real = json == null ? "" : json;
        show();
    }

    private void show() {
        text.set(revealed.get() ? real : SecretText.maskJson(real));
    }

    /** The JSON as the engine gave it, secrets included. */
    public String realText() {
        return real;
    }

    /** Whether secret-looking values are shown in clear. */
    public BooleanProperty revealedProperty() {
        return revealed;
    }

    private void search() {
        String needle = query.get() == null ? "" : query.get();
        String haystack = text.get();
        List<Integer> found = new ArrayList<>();
        if (!needle.isEmpty()) {
            for (int at = 0; at <= haystack.length() - needle.length(); at++) {
                if (haystack.regionMatches(true, at, needle, 0, needle.length())) {
                    found.add(at);
                    at += needle.length() - 1;
                }
            }
        }
        matches = List.copyOf(found);
        current.set(-1); // so that a search with the same first match still tells the view to select it
        moveTo(matches.isEmpty() ? -1 : 0);
    }

    public void next() {
        if (!matches.isEmpty()) {
            moveTo((current.get() + 1) % matches.size());
        }
    }

    public void previous() {
        if (!matches.isEmpty()) {
            moveTo((current.get() - 1 + matches.size()) % matches.size());
        }
    }

    private void moveTo(int index) {
        current.set(index);
        String needle = query.get() == null ? "" : query.get();
        status.set(needle.isEmpty() ? "" : matches.isEmpty() ? "No matches" : (index + 1) + " of " + matches.size());
    }

    public int matchCount() {
        return matches.size();
    }

    /** Where the current match starts in the text, or -1 when there is none. */
    public int currentStart() {
        return current.get() < 0 ? -1 : matches.get(current.get());
    }

    public int currentEnd() {
        return current.get() < 0 ? -1 : currentStart() + query.get().length();
    }

    /** The JSON as shown: secrets masked unless revealed. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The index of the current match among all of them, -1 when there is none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 12", "No matches", or "" while the query is empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
