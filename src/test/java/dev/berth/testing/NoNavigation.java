package dev.berth.testing;

import dev.berth.ui.Navigator;

/** A {@link Navigator} for tests and benchmarks that show one view alone, with no other section to go to. */
public final class NoNavigation implements Navigator {
    @Override
    public void show(Kind kind, String idOrName) {
        // no other section here
    }
}
