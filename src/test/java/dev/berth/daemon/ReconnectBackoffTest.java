package dev.berth.daemon;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How soon the gateway tries again while no engine answers. */
class ReconnectBackoffTest {

    @Test
    void aBlipIsRetriedSoonAndALongOutageStillEverySecond() {
        Backoff backoff = DockerEngineGateway.reconnectBackoff();
        List<Duration> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 30; attempt++) { // half a minute and more of an engine away
            waits.add(backoff.nextDelay());
        }
        assertThat(waits.get(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(waits).isSorted().allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void anAnswerStartsTheWaitsOverForTheNextOutage() {
        Backoff backoff = DockerEngineGateway.reconnectBackoff();
        for (int attempt = 0; attempt < 10; attempt++) {
            backoff.nextDelay();
        }
        backoff.reset();
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofMillis(250));
    }
}
