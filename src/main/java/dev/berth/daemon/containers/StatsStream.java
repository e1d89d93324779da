package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Statistics;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.Subscription;
import dev.berth.daemon.engine.OneEndStreamCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * One container's {@code docker stats} stream on the stream client: a sample about once a second on docker-java's
 * stream thread until {@link #close()}, which closes the connection and so ends that thread. When the stream ends by
 * itself (the container stopped or went away, the engine went away) {@code onEnd} is called once; never after close.
 * The engine keeps a stopped container's stream open with empty readings; the first of those ends it here, so that
 * "stopped" looks the same as "removed" to the subscriber.
 */
final class StatsStream implements Subscription {
    private static final Logger log = LoggerFactory.getLogger(StatsStream.class);

    private final Callback callback;

    private StatsStream(Callback callback) {
        this.callback = callback;
    }

    static StatsStream open(DockerClient streams, String idOrName, Consumer<StatsSample> onSample,
                            Consumer<Throwable> onEnd) {
        Callback callback = new Callback(idOrName, onSample, onEnd);
        streams.statsCmd(idOrName).exec(callback);
        return new StatsStream(callback);
    }

    @Override
    public void close() {
        callback.closeByUs();
    }

    private static final class Callback extends OneEndStreamCallback<Statistics> {
        private final String container;
        private final Consumer<StatsSample> onSample;
        private final Consumer<Throwable> onEnd;

        Callback(String container, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
            this.container = container;
            this.onSample = onSample;
            this.onEnd = onEnd;
        }

        @Override
        public void onNext(Statistics stats) {
            if (isClosedByUs()) {
                return;
            }
            if (StatsSamples.isEmpty(stats)) {
                // A stopped container's stream does not end: the engine sends empty readings until it is removed.
                end(null);
                return;
            }
            onSample.accept(StatsSamples.from(stats, Instant::now));
        }

        @Override
        protected void ended(Throwable failure) {
            log.debug("The stats stream of {} ended: {}", container, failure == null ? "by the engine" : failure);
            onEnd.accept(failure == null ? null
                    : DaemonErrors.translate(failure, "read the stats of container " + container));
        }
    }
}
