package dev.berth.testing;

import dev.berth.ui.Navigator;

/** A {@link Navigator} for tests and benchmarks that show one view alone, with no other section to go to. */
public final class NoNavigation implements Navigator {
    @Override
    public void showContainer(String idOrName) {
        // no Containers section here
    }

    @Override
    public void showImage(String idOrReference) {
        // no Images section here
    }

    @Override
    public void showNetwork(String idOrName) {
        // no Networks section here
    }

    @Override
    public void showVolume(String name) {
        // no Volumes section here
    }
}
