package dev.berth.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version this build of Berth carries, which the build writes into {@code dev/berth/version.properties}. */
public final class BerthVersion {
    static final String UNKNOWN = "unknown";
    private static final String RESOURCE = "/dev/berth/version.properties";

    private BerthVersion() {
    }

    public static String current() {
        try (InputStream in = BerthVersion.class.getResourceAsStream(RESOURCE)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return from(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** An unfiltered placeholder (classes built by an IDE that skipped Maven's filtering) counts as unknown. */
    static String from(Properties properties) {
        String version = properties.getProperty("version", "").strip();
        return version.isEmpty() || version.startsWith("${") ? UNKNOWN : version;
    }
}
