package dev.berth.volumes;

import dev.berth.ui.form.EngineNames;

import java.util.Collection;
import java.util.Optional;

/** The local driver's rule for volume names, checked before anything is sent. */
public final class VolumeNames {
    private VolumeNames() {
    }

    /**
     * Why the engine would refuse this name, if it would.
     *
     * @param blankAllowed whether an empty name is fine (the engine then picks one)
     * @param existing     the names of the volumes there are
     */
    public static Optional<String> problem(String name, boolean blankAllowed, Collection<String> existing) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return blankAllowed ? Optional.empty() : Optional.of("Enter a name for the new volume.");
        }
        if (!EngineNames.isValid(clean)) {
            return Optional.of("Use two or more letters, digits, '_', '.' or '-', starting with a letter or digit.");
        }
        if (existing.contains(clean)) {
            return Optional.of("A volume named " + clean + " exists already; choose another name.");
        }
        return Optional.empty();
    }
}
