package dev.berth.logs;

import dev.berth.daemon.logs.LogLine;
import dev.berth.testing.FakeEngineGateway;
import dev.berth.testing.ManualScheduler;
import dev.berth.ui.concurrent.Scheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/** Lines with times a second apart, and a log model over the fake gateway whose clock says 12:03:04 UTC. */
final class LogFixtures {
    static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:03:04Z"), ZoneOffset.UTC);

    private LogFixtures() {
    }

    static LogLine out(int second, String text) {
        return new LogLine(LogLine.Source.STDOUT, text, T0.plusSeconds(second));
    }

    static LogLine err(int second, String text) {
        return new LogLine(LogLine.Source.STDERR, text, T0.plusSeconds(second));
    }

    /** "line N" for N in [from, to), at second N. */
    static List<LogLine> numbered(int from, int to) {
        List<LogLine> lines = new ArrayList<>();
        for (int n = from; n < to; n++) {
            lines.add(out(n, "line " + n));
        }
        return lines;
    }

    static LogViewModel model(FakeEngineGateway engine, int capacity) {
        return model(engine, capacity, Runnable::run);
    }

    static LogViewModel model(FakeEngineGateway engine, int capacity, Executor ui) {
        return model(engine, capacity, ui, new ManualScheduler());
    }

    /** @param scheduler where a cut stream waits before it carries on */
    static LogViewModel model(FakeEngineGateway engine, int capacity, Executor ui, Scheduler scheduler) {
        return new LogViewModel(engine, "aaa111", "web", ui, Runnable::run, scheduler, capacity, CLOCK);
    }

    static List<String> shown(LogViewModel model) {
        return model.lines().stream().map(LogLine::text).toList();
    }
}
