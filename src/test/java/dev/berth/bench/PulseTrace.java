package dev.berth.bench;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.berth.testing.FxThread.onFx;

/**
 * For {@link IdleBenchmark}'s {@code -Dbench.idle.trace=true}: at each pulse while tracing, the nodes of the scene
 * that changed since the last one (JavaFX's private dirty bits, read by reflection), which says what made a window
 * pulse: "AgeCell[NODE_CONTENTS] in …/ContainersTable/…". Diagnostics only; it costs CPU while it runs.
 */
final class PulseTrace {
    private static final int SHOWN = 12;
    private static volatile boolean tracing;

    private PulseTrace() {
    }

    static void install(Scene scene) throws Exception {
        Field dirty = Node.class.getDeclaredField("dirtyBits");
        dirty.setAccessible(true);
        long start = System.nanoTime();
        onFx(() -> {
            scene.addPreLayoutPulseListener(() -> {
                if (tracing) {
                    List<String> changed = new ArrayList<>();
                    collect(scene.getRoot(), dirty, "", changed);
                    System.out.printf(Locale.ROOT, "pulse at %.3f s, %d changed: %s%n",
                            (System.nanoTime() - start) / 1e9, changed.size(),
                            changed.subList(0, Math.min(SHOWN, changed.size())));
                }
            });
            return null;
        });
    }

    static void tracing(boolean on) {
        tracing = on;
    }

    private static void collect(Node node, Field dirty, String path, List<String> changed) {
        String name = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
        try {
            if (dirty.get(node) instanceof Set<?> bits && !bits.isEmpty()) {
                changed.add(name + bits + " in " + path);
            }
        } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, dirty, path + "/" + name, changed);
            }
        }
    }
}
