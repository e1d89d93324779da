package dev.berth.volumes;

import dev.berth.ui.form.FieldErrors;
import dev.berth.ui.form.KeyValueRow;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a volume to create before the engine sees it, one sentence per field that says how to fix it. */
final class VolumeSpecValidator {

    private VolumeSpecValidator() {
    }

    /** @param existing the names of the volumes there are, so a taken name is caught before the engine is asked */
    static Map<VolumeField, String> problems(String name, String driver, List<KeyValueRow> options,
                                             List<KeyValueRow> labels, Collection<String> existing) {
        FieldErrors<VolumeField> problems = new FieldErrors<>(VolumeField.class);
        problems.add(VolumeField.NAME, VolumeNames.problem(name, true, existing));
        if (driver == null || driver.isBlank() || driver.strip().contains(" ")) {
            problems.add(VolumeField.DRIVER, "Enter a driver name without spaces, such as local.");
        }
        problems.add(VolumeField.OPTIONS, pairProblem(options, "driver option", "type=tmpfs"));
        problems.add(VolumeField.LABELS, pairProblem(labels, "label", "com.example.team=web"));
        return problems.asMap();
    }

    private static String pairProblem(List<KeyValueRow> rows, String what, String example) {
        Set<String> seen = new HashSet<>();
        for (KeyValueRow row : rows) {
            if (isBlank(row)) {
                continue;
            }
            String key = row.keyProperty().get().strip();
            if (key.isEmpty() || key.contains("=") || key.contains(" ")) {
                return "Give each " + what + " a key without '=' or spaces, like " + example + ".";
            }
            if (!seen.add(key)) {
                return "The " + what + " " + key + " is given twice; keep one.";
            }
        }
        return null;
    }

    /** A line the user added but has not filled in yet; it does not count. */
    static boolean isBlank(KeyValueRow row) {
        return row.keyProperty().get().isBlank() && row.valueProperty().get().isEmpty();
    }
}
