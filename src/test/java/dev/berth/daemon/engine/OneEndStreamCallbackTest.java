package dev.berth.daemon.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OneEndStreamCallbackTest {
    private final List<String> ends = new ArrayList<>();
    private final AtomicInteger connectionCloses = new AtomicInteger();
    private final OneEndStreamCallback<String> stream = new OneEndStreamCallback<>() {
        @Override
        public void onNext(String item) {
            if (item.equals("error")) {
                end(new IOException("the engine said error"));
            }
        }

        @Override
        protected void ended(Throwable failure) {
            ends.add(failure == null ? "completed" : failure.getMessage());
        }
    };

    OneEndStreamCallbackTest() {
        stream.onStart(connectionCloses::incrementAndGet);
    }

    @Test
    void theFirstEndIsReportedOnceAndTheConnectionDropped() {
        stream.onError(new IOException("connection reset"));
        stream.onComplete(); // docker-java reports a second end after an error

        assertThat(ends).containsExactly("connection reset");
        assertThat(connectionCloses.get()).isPositive();
    }

    @Test
    void anItemThatSaysTheWorkFailedEndsTheStreamLikeAnError() {
        stream.onNext("fine");
        stream.onNext("error");
        stream.onComplete();

        assertThat(ends).containsExactly("the engine said error");
        assertThat(connectionCloses.get()).isPositive();
    }

    @Test
    void aStreamWeClosedEndsWithoutNews() {
        stream.closeByUs();
        stream.onError(new IOException("closed"));

        assertThat(ends).isEmpty();
    }

    @Test
    void aNormalEndIsReportedAsNoFailure() {
        stream.onComplete();

        assertThat(ends).containsExactly("completed");
    }
}
