package dev.berth.daemon.containers;

/** One line of {@code docker diff}: a path of the container's filesystem and how it differs from the image. */
public record FileChange(String path, Kind kind) {

    /** As {@code docker diff} marks them: A, C, D. */
    public enum Kind {
        ADDED("A"), CHANGED("C"), DELETED("D");

        public final String letter;

        Kind(String letter) {
            this.letter = letter;
        }
    }
}
