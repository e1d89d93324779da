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
    public void showContainer(String idOrName) {
        show(Section.CONTAINERS, idOrName);
    }

    @Override
    public void showImage(String idOrReference) {
        show(Section.IMAGES, idOrReference);
    }

    @Override
    public void showNetwork(String idOrName) {
        show(Section.NETWORKS, idOrName);
    }

    @Override
    public void showVolume(String name) {
        show(Section.VOLUMES, name);
    }

    private void show(Section section, String target) {
        if (window != null) {
            window.select(section);
        }
        Consumer<String> reveal = revealers.get(section);
        if (reveal != null) {
            reveal.accept(target);
        }
    }
}
