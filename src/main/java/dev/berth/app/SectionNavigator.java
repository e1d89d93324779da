package dev.berth.app;

import dev.berth.ui.Navigator;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** The {@link Navigator} of the window: each section registers how it reveals one of its objects. */
final class SectionNavigator implements Navigator {
    private final Map<Section, Consumer<String>> revealers = new EnumMap<>(Section.class);
    private MainWindow window;

    void attach(MainWindow window) {
        this.window = window;
    }

    /** @param reveal selects the object with that id or name in the section's view model */
    void register(Section section, Consumer<String> reveal) {
        revealers.put(section, reveal);
    }

    @Override
    public void show(Kind kind, String idOrName) {
        Section section = switch (kind) {
            case CONTAINER -> Section.CONTAINERS;
            case IMAGE -> Section.IMAGES;
            case NETWORK -> Section.NETWORKS;
            case VOLUME -> Section.VOLUMES;
        };
        if (window != null) {
            window.select(section);
        }
        Consumer<String> reveal = revealers.get(section);
        if (reveal != null) {
            reveal.accept(idOrName);
        }
    }
}
