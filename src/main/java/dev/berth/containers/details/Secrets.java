package dev.berth.containers.details;

import dev.berth.ui.text.SecretText;

/**
 * Environment values that should not be shown over someone's shoulder until the user asks. Which names count as
 * secret is {@link SecretText}'s rule, so the Run dialog, the command lines and the overview mask the same variables.
 */
final class Secrets {
    static final String MASK = SecretText.MASK;

    private Secrets() {
    }

    static boolean looksSecret(String key) {
        return key != null && SecretText.looksSecret(key);
    }

    static String shown(String key, String value, boolean revealed) {
        return revealed || !looksSecret(key) ? value : MASK;
    }
}
