package dev.berth.containers.details;

import dev.berth.ui.form.EnvFile;

/**
 * Environment values that should not be shown over someone's shoulder until the user asks. Which names count as
 * secret is the Run dialog's rule ({@link EnvFile#looksSecret}), so both places mask the same variables.
 */
final class Secrets {
    static final String MASK = "••••••";

    private Secrets() {
    }

    static boolean looksSecret(String key) {
        return key != null && EnvFile.looksSecret(key);
    }

    static String shown(String key, String value, boolean revealed) {
        return revealed || !looksSecret(key) ? value : MASK;
    }
}
