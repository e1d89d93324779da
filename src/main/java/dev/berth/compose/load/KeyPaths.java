package dev.berth.compose.load;

/** Builds the key paths problems name, such as {@code services.web.ports[1]} (list indexes count from 0). */
final class KeyPaths {
    private KeyPaths() {
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
