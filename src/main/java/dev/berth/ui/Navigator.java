package dev.berth.ui;

/**
 * Sends the user from one section to an object another section shows ("in use by container web — show it", a
 * clickable event actor): opens that section and selects the object once it is listed.
 */
public interface Navigator {
    void showContainer(String idOrName);

    void showImage(String idOrReference);

    void showNetwork(String idOrName);

    void showVolume(String name);
}
