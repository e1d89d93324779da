package dev.berth.logs;

import dev.berth.daemon.logs.LogRequest;
import dev.berth.testing.FakeEngineGateway;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogScopeTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:03:04Z");

    private static LogScope parse(String typed) {
        return LogScope.parse(typed, NOW, ZoneOffset.UTC);
    }

    @Test
    void presetsAndTypedRangesBecomeTailAndSince() {
        assertThat(LogScope.LAST_1000.request(true, NOW)).isEqualTo(new LogRequest(true, 1000, null));
        assertThat(parse("500").request(false, NOW)).isEqualTo(new LogRequest(false, 500, null));
        assertThat(parse("all").request(true, NOW)).isEqualTo(new LogRequest(true, LogRequest.ALL, null));
        assertThat(parse("15m").request(true, NOW).since()).isEqualTo(NOW.minus(Duration.ofMinutes(15)));
        assertThat(parse("last 2h").label()).isEqualTo("Last 2 hours");
        assertThat(parse("1d").request(true, NOW).since()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(parse("12:30").request(true, NOW).since()).isEqualTo(Instant.parse("2026-11-28T12:30:00Z"));
        assertThat(parse("2026-01-31 08:15").request(true, NOW).since()).isEqualTo(Instant.parse("2026-01-31T08:15:00Z"));
        assertThat(parse("2026-01-31T08:15:00Z").request(true, NOW).since()).isEqualTo(Instant.parse("2026-01-31T08:15:00Z"));
        assertThat(parse("Last 10,000 lines").tail()).isEqualTo(10_000);
    }

    @Test
    void somethingElseIsRefusedWithWhatIsUnderstood() {
        assertThatThrownBy(() -> parse("yesterday-ish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("15m").hasMessageContaining("12:30");
    }

    @Test
    void theModelShowsANoticeForARangeItCannotRead() {
        FakeEngineGateway engine = new FakeEngineGateway();
        LogViewModel model = LogFixtures.model(engine, 10);
        model.open();

        model.chooseRange("soon");
        assertThat(model.notice().get().sentence()).contains("not a range");
        assertThat(model.rangeProperty().get()).isEqualTo(LogScope.LAST_1000);

        model.chooseRange("2h");
        assertThat(model.notice().get()).isNull();
        assertThat(engine.logRequests()).last()
                .isEqualTo(new LogRequest(true, LogRequest.ALL, LogFixtures.CLOCK.instant().minus(Duration.ofHours(2))));
    }
}
