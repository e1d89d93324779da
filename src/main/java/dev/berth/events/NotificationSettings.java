package dev.berth.events;

import java.util.Locale;
import java.util.prefs.Preferences;

/** Which kinds of notification the user wants (all, until they turn one off), remembered in java.util.prefs. */
public final class NotificationSettings {
    private final Preferences prefs;

    /** @param prefs the node to keep them in, e.g. the app's settings node "notifications" */
    public NotificationSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public boolean isEnabled(NotificationKind kind) {
        return prefs.getBoolean(key(kind), true);
    }

    public void setEnabled(NotificationKind kind, boolean enabled) {
        prefs.putBoolean(key(kind), enabled);
    }

    private static String key(NotificationKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
