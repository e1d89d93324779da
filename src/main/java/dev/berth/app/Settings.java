package dev.berth.app;

import dev.berth.ui.Theme;
import javafx.geometry.Rectangle2D;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What Berth remembers between runs (window, last section, theme, the grouping of containers, the compose files
 * opened), in java.util.prefs.
 */
final class Settings {
    private static final String NODE_PROPERTY = "berth.settings.node";

    private final Preferences prefs;

    Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings; tests point {@code berth.settings.node} elsewhere to leave them alone. */
    static Settings forUser() {
        return new Settings(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "dev/berth")));
    }

    /** A node of its own for a feature's settings (e.g. "notifications"), under the app's. */
    Preferences node(String name) {
        return prefs.node(name);
    }

    Optional<Rectangle2D> windowBounds() {
        double width = prefs.getDouble("window.width", -1);
        double height = prefs.getDouble("window.height", -1);
        if (width < 200 || height < 150) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), width,
                height));
    }

    void saveWindow(Rectangle2D bounds, boolean maximized) {
        prefs.putDouble("window.x", bounds.getMinX());
        prefs.putDouble("window.y", bounds.getMinY());
        prefs.putDouble("window.width", bounds.getWidth());
        prefs.putDouble("window.height", bounds.getHeight());
        prefs.putBoolean("window.maximized", maximized);
    }

    boolean windowMaximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    /** Where the Containers table ends and the pane under it begins, 0…1 from the top. */
    double dockDivider() {
        double divider = prefs.getDouble("containers.dockDivider", 0.5);
        return divider > 0.05 && divider < 0.95 ? divider : 0.5;
    }

    void saveDockDivider(double divider) {
        prefs.putDouble("containers.dockDivider", divider);
    }

    Section lastSection() {
        return Section.parse(prefs.get("section", Section.CONTAINERS.name()));
    }

    void saveSection(Section section) {
        prefs.put("section", section.name());
    }

    Theme theme() {
        return Theme.parse(prefs.get("theme", Theme.SYSTEM.name()));
    }

    void saveTheme(Theme theme) {
        prefs.put("theme", theme.name());
    }

    /** Whether the Containers table groups the containers of each compose project (off until the user turns it on). */
    boolean containersGroupedByProject() {
        return prefs.getBoolean("containers.groupByProject", false);
    }

    void saveContainersGroupedByProject(boolean grouped) {
        prefs.putBoolean("containers.groupByProject", grouped);
    }

    /** The compose files the user opened, remembered for the Compose section. */
    RememberedComposeFiles composeFiles() {
        return new RememberedComposeFiles(prefs.node("compose"));
    }
}
