package dev.berth.ui;

/**
 * Sends the user from one section to an object another section shows ("in use by container web — show it", a
 * clickable event actor): opens that section and selects the object once it is listed.
 */
public interface Navigator {
    /** The kinds of object that have a section of their own. */
    enum Kind { CONTAINER, IMAGE, NETWORK, VOLUME }

    /** @param idOrName what the section's list knows the object by: an id, a name, or for an image a reference */
    void show(Kind kind, String idOrName);

    default void showContainer(String idOrName) {
        show(Kind.CONTAINER, idOrName);
    }

    default void showImage(String idOrReference) {
        show(Kind.IMAGE, idOrReference);
    }

    default void showNetwork(String idOrName) {
        show(Kind.NETWORK, idOrName);
    }

    default void showVolume(String name) {
        show(Kind.VOLUME, name);
    }
}
