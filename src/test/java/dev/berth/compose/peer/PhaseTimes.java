package dev.berth.compose.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** How long each phase of one sample's run took, printed as one line so a slow sample or tool stands out. */
final class PhaseTimes {
    private final List<String> phases = new ArrayList<>();

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            phases.add(phase + " " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }

    void time(String phase, Runnable work) {
        time(phase, () -> {
            work.run();
            return null;
        });
    }

    String summary(String sample) {
        return sample + ": " + String.join(", ", phases);
    }
}
