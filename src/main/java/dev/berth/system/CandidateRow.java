package dev.berth.system;

import dev.berth.daemon.system.PruneCandidate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One object of the prune preview and whether the user keeps it ticked. */
public final class CandidateRow {
    private final PruneCandidate candidate;
    private final BooleanProperty ticked;

    CandidateRow(PruneCandidate candidate, boolean ticked) {
        this.candidate = candidate;
        this.ticked = new SimpleBooleanProperty(this, "ticked", ticked);
    }

    public PruneCandidate candidate() {
        return candidate;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }

    public boolean isTicked() {
        return ticked.get();
    }
}
