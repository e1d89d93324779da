package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import dev.berth.daemon.engine.EngineCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * A TTY's new sizes sent to the engine one after another: calls on the pool could overtake each other, and the
 * engine would keep whichever came last rather than the size the pane has now. A failed resize is logged and the
 * next one is sent all the same.
 */
final class TtyResizes {
    private static final Logger log = LoggerFactory.getLogger(TtyResizes.class);

    /** The engine call that sets the size. */
    interface Resize {
        void apply(DockerClient client, int columns, int rows);
    }

    private final EngineCalls calls;
    private final String attempt;
    private final Resize resize;
    // Guarded by this.
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    TtyResizes(EngineCalls calls, String attempt, Resize resize) {
        this.calls = calls;
        this.attempt = attempt;
        this.resize = resize;
    }

    synchronized void request(int columns, int rows) {
        if (columns <= 0 || rows <= 0) {
            return;
        }
        last = last.thenCompose(previous -> calls.run(attempt, client -> {
            resize.apply(client, columns, rows);
            return null;
        })).handle((done, failure) -> {
            if (failure != null) {
                log.debug("Could not {}: {}", attempt, failure.getMessage());
            }
            return null;
        });
    }
}
