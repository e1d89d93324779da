package dev.berth.images;

/** The Images tab's filter, as {@code docker images --filter dangling=…} and "used by a container". */
public enum ImageFilter {
    ALL("All"),
    IN_USE("In use"),
    UNUSED("Unused"),
    DANGLING("Dangling");

    private final String label;

    ImageFilter(String label) {
        this.label = label;
    }

    boolean admits(ImageRow row) {
        return switch (this) {
            case ALL -> true;
            case IN_USE -> row.usedBy() > 0;
            case UNUSED -> row.usedBy() == 0;
            case DANGLING -> row.isDangling();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
