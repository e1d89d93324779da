package dev.berth.images.transfer;

import dev.berth.daemon.images.ProgressMessage;
import dev.berth.ui.text.ByteSizes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a pull's or push's progress messages into per-layer state and overall bytes: which step each layer is in
 * (waiting, downloading/pushing, extracting, done, already there), its bytes, and the image's last own message.
 * Pure and single-threaded: the view model feeds it batches on the UI thread.
 */
public final class LayerProgress {

    public enum Phase { WAITING, DOWNLOADING, EXTRACTING, PUSHING, DONE, EXISTS }

    /** One layer as shown: {@code current}/{@code total} are the bytes of its current step, -1 when unknown. */
    public record Layer(String id, Phase phase, String status, long current, long total) {
        /** 0…1 for the current step, or -1 while the step's size is unknown. */
        public double fraction() {
            return switch (phase) {
                case DONE, EXISTS -> 1;
                case WAITING -> 0;
                default -> total > 0 ? Math.min(1, (double) Math.max(0, current) / total) : -1;
            };
        }

        /** "1.2MB / 3.4MB" while bytes move, else empty. */
        public String bytesText() {
            boolean moving = phase == Phase.DOWNLOADING || phase == Phase.EXTRACTING || phase == Phase.PUSHING;
            return moving && total > 0 ? ByteSizes.human(Math.max(0, current)) + " / " + ByteSizes.human(total)
                    : "";
        }

        public boolean isFinished() {
            return phase == Phase.DONE || phase == Phase.EXISTS;
        }
    }

    /** Mutable per-layer state; {@code size} is the layer's transfer size once a step has said it. */
    private static final class State {
        Phase phase = Phase.WAITING;
        String status = "";
        long transferred;
        long size = -1;
        long extracted;
        long extractTotal = -1;
    }

    private static final double DOWNLOAD_SHARE = 0.7;

    private final Map<String, State> layers = new LinkedHashMap<>();
    private String imageStatus = "";

    public void apply(ProgressMessage message) {
        if (!message.isAboutLayer() || isImageLine(message.status())) {
            imageStatus = message.status();
            return;
        }
        State layer = layers.computeIfAbsent(message.layerId(), id -> new State());
        layer.status = message.status();
        String status = message.status().toLowerCase(Locale.ROOT);
        if (status.startsWith("downloading") || status.startsWith("pushing")) {
            layer.phase = status.startsWith("pushing") ? Phase.PUSHING : Phase.DOWNLOADING;
            if (message.total() > 0) {
                layer.size = message.total();
            }
            layer.transferred = Math.max(layer.transferred, message.current());
        } else if (status.startsWith("verifying checksum") || status.startsWith("download complete")) {
            layer.phase = Phase.DOWNLOADING;
            layer.transferred = Math.max(layer.transferred, layer.size);
        } else if (status.startsWith("extracting")) {
            layer.phase = Phase.EXTRACTING;
            layer.transferred = Math.max(layer.transferred, layer.size);
            layer.extracted = Math.max(layer.extracted, message.current());
            if (message.total() > 0) {
                layer.extractTotal = message.total();
            }
        } else if (status.startsWith("pull complete") || status.startsWith("pushed")) {
            layer.phase = Phase.DONE;
            layer.transferred = Math.max(layer.transferred, layer.size);
        } else if (status.contains("already exists") || status.startsWith("mounted from")) {
            layer.phase = Phase.EXISTS;
        }
    }

    /** "latest: Pulling from team/app" and "1.0: digest: sha256:… size: 1234" carry the tag in the id field. */
    private static boolean isImageLine(String status) {
        String lower = status.toLowerCase(Locale.ROOT);
        return lower.startsWith("pulling from") || lower.contains("digest: sha256:");
    }

    public List<Layer> layers() {
        List<Layer> out = new ArrayList<>(layers.size());
        layers.forEach((id, state) -> out.add(switch (state.phase) {
            case EXTRACTING -> new Layer(id, state.phase, state.status, state.extracted,
                    state.extractTotal > 0 ? state.extractTotal : state.size);
            case DOWNLOADING, PUSHING -> new Layer(id, state.phase, state.status, state.transferred, state.size);
            default -> new Layer(id, state.phase, state.status, -1, -1);
        }));
        return out;
    }

    /** Bytes downloaded or pushed so far, over every layer whose size is known. */
    public long bytesDone() {
        return layers.values().stream().filter(state -> state.size > 0)
                .mapToLong(state -> Math.min(state.transferred, state.size)).sum();
    }

    /** The transfer sizes known so far; grows as layers start. */
    public long bytesTotal() {
        return layers.values().stream().filter(state -> state.size > 0).mapToLong(state -> state.size).sum();
    }

    /**
     * 0…1: the mean of the layers' completions, where a pulled layer's download is the first 70 % and its
     * extraction the rest. By layers, not bytes, because a waiting layer's size is unknown until it starts (the
     * bar would run backwards each time one did). -1 before any layer is known.
     */
    public double overallFraction() {
        if (layers.isEmpty()) {
            return -1;
        }
        double sum = 0;
        for (State state : layers.values()) {
            double step = state.size > 0 ? Math.min(1, (double) state.transferred / state.size) : 0;
            double extract = state.extractTotal > 0 ? Math.min(1, (double) state.extracted / state.extractTotal) : 0;
            sum += switch (state.phase) {
                case DONE, EXISTS -> 1;
                case WAITING -> 0;
                case PUSHING -> step;
                case DOWNLOADING -> DOWNLOAD_SHARE * step;
                case EXTRACTING -> DOWNLOAD_SHARE + (1 - DOWNLOAD_SHARE) * extract;
            };
        }
        return sum / layers.size();
    }

    public int layerCount() {
        return layers.size();
    }

    public int layersFinished() {
        return (int) layers.values().stream().filter(state -> state.phase == Phase.DONE
                || state.phase == Phase.EXISTS).count();
    }

    /** "2 of 5 layers · 12.3MB of 40.1MB". */
    public String summary() {
        if (layers.isEmpty()) {
            return imageStatus;
        }
        String bytes = bytesTotal() > 0 ? " · " + ByteSizes.human(bytesDone()) + " of "
                + ByteSizes.human(bytesTotal()) : "";
        return layersFinished() + " of " + layers.size() + " layers" + bytes;
    }

    /** The last message about the whole image ("Digest: sha256:…", "Status: Downloaded newer image for …"). */
    public String imageStatus() {
        return imageStatus;
    }
}
