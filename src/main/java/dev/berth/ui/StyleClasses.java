package dev.berth.ui;

import java.util.List;
import java.util.function.Predicate;

/**
 * One style class out of a family (a state's colour, a row's kind) on a node. Set again to the class it already has,
 * the list is left alone: a removal and the same class added back makes the node's CSS be worked out again, and a
 * table cell given the same row once more (which a table's layout does) cost a pulse of its own for nothing.
 */
public final class StyleClasses {
    private StyleClasses() {
    }

    /**
     * @param family  tells the classes of the family apart from the node's others
     * @param wanted  the one of the family the node has from now on, or null for none
     */
    public static void setOneOf(List<String> classes, Predicate<String> family, String wanted) {
        if (classes.stream().filter(family).allMatch(style -> style.equals(wanted))
                && (wanted == null || classes.contains(wanted))) {
            return;
        }
        classes.removeIf(style -> family.test(style) && !style.equals(wanted));
        if (wanted != null && !classes.contains(wanted)) {
            classes.add(wanted);
        }
    }
}
