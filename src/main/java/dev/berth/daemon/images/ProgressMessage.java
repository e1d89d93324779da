package dev.berth.daemon.images;

/**
 * One progress message of a pull or push, as the engine streams them: about one layer ({@code layerId}, e.g.
 * "Downloading" with bytes) or about the whole image ({@code layerId} null, e.g. "Digest: sha256:…").
 *
 * @param current bytes done in this step, or -1 when the message has none
 * @param total   bytes of this step, or -1 when unknown
 */
public record ProgressMessage(String layerId, String status, long current, long total) {

    public static ProgressMessage of(String layerId, String status) {
        return new ProgressMessage(layerId, status, -1, -1);
    }

    public boolean isAboutLayer() {
        return layerId != null && !layerId.isEmpty();
    }
}
