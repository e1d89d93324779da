package dev.berth.images.build;

import java.time.Duration;
import java.time.Instant;

/** How the running build is summed up above its output. */
final class BuildProgress {
    private BuildProgress() {
    }

    /** "0:07", "12:30", "1:02:03". */
    static String elapsed(Instant from, Instant now) {
        long seconds = Math.max(0, Duration.between(from, now).toSeconds());
        long hours = seconds / 3600;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** A step line as the title of what runs: BuildKit's "#5 " prefix dropped. */
    static String stepTitle(String stepLine) {
        return stepLine.replaceFirst("^#\\d+ ", "");
    }
}
