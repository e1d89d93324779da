package dev.berth.daemon;

/**
 * Engine API version negotiation, as the docker CLI does it: use the highest version both sides speak.
 * Unversioned requests are deprecated, and Engine 29 refuses anything below 1.44, so every client is pinned.
 */
public final class ApiVersions {
    /** The newest API version docker-java 3.7.1 models. */
    public static final String CLIENT_MAX = "1.44";
    /** The oldest engine API Berth supports (Docker 20.10). */
    public static final String CLIENT_MIN = "1.41";

    private ApiVersions() {
    }

    /**
     * @param engineMax the engine's {@code ApiVersion}
     * @param engineMin the engine's {@code MinAPIVersion} (may be null on old engines)
     * @return the version to pin every request to
     * @throws DaemonException when the two ranges do not meet
     */
    public static String negotiate(String engineMax, String engineMin, String clientMax) {
        if (engineMax == null || engineMax.isBlank()) {
            throw new DaemonException("The Docker engine did not report its API version.",
                    "Check that the address points at a Docker engine.");
        }
        String chosen = compare(engineMax, clientMax) < 0 ? engineMax : clientMax;
        if (engineMin != null && !engineMin.isBlank() && compare(chosen, engineMin) < 0) {
            throw new DaemonException("This Docker engine needs API " + engineMin + " or newer, but Berth speaks at most "
                    + clientMax + ".", "Update Berth, or use an older Docker engine.");
        }
        if (compare(chosen, CLIENT_MIN) < 0) {
            throw new DaemonException("This Docker engine speaks API " + engineMax + ", older than the " + CLIENT_MIN
                    + " Berth needs.", "Update Docker to version 20.10 or newer.");
        }
        return chosen;
    }

    /** Compares "major.minor" versions numerically (so 1.9 is older than 1.41). */
    public static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }

    private static int[] parse(String version) {
        String[] parts = version.trim().split("\\.");
        try {
            return new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0};
        } catch (NumberFormatException e) {
            throw new DaemonException("The Docker engine reported an API version Berth cannot read: \"" + version + "\".",
                    null, 0, e);
        }
    }
}
