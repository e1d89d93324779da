package dev.berth.logs;

import dev.berth.daemon.logs.LogBatch;
import dev.berth.daemon.logs.LogLine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Remembers where the log got to, so a new stream (after the container restarted or the engine came back) starts
 * exactly there: the time of the newest line, and the lines that carry that very time. While resuming, lines from
 * before that time, and lines at that time that the view already has, are dropped, whatever the engine re-sends;
 * lines at that time that it does not have are kept. So nothing is doubled and nothing is lost.
 */
final class Continuity {
    /** Lines sharing one timestamp are rare; a log without distinct times should not grow this without bound. */
    private static final int MAX_REMEMBERED = 10_000;

    private Instant lastTime;
    private final List<LogLine> atLastTime = new ArrayList<>();
    private boolean resuming;
    private int replayed;

    /** The time to ask the engine to resume from, or null if no line has arrived yet. */
    Instant lastTime() {
        return lastTime;
    }

    /** The next lines may repeat what arrived before {@link #lastTime()}. */
    void resuming() {
        resuming = true;
        replayed = 0;
    }

    /** The lines of {@code batch} the view does not have yet (the same list when that is all of them). */
    List<LogLine> fresh(List<LogLine> batch) {
        if (!resuming) {
            remember(batch);
            return batch;
        }
        List<LogLine> kept = new ArrayList<>(batch.size());
        for (LogLine line : batch) {
            if (resuming && isRepeat(line)) {
                continue;
            }
            resuming = false;
            kept.add(line);
        }
        remember(kept);
        return kept;
    }

    private boolean isRepeat(LogLine line) {
        if (line.time() == null || lastTime == null) {
            return false;
        }
        int order = line.time().compareTo(lastTime);
        if (order < 0) {
            return true;
        }
        if (order == 0 && replayed < atLastTime.size() && sameLine(atLastTime.get(replayed), line)) {
            replayed++;
            return true;
        }
        return false;
    }

    private static boolean sameLine(LogLine had, LogLine line) {
        return had.source() == line.source() && Objects.equals(had.text(), line.text());
    }

    /** Follows the newest time: a line later than it starts the lines at that time afresh, one at it joins them. */
    private void remember(List<LogLine> lines) {
        if (lines instanceof LogBatch batch) { // its newest time and the lines at it, found on the stream's thread
            remember(batch.newest(), batch.atNewest());
            return;
        }
        for (int i = 0, n = lines.size(); i < n; i++) {
            LogLine line = lines.get(i);
            if (line.time() != null) {
                remember(line.time(), List.of(line));
            }
        }
    }

    private void remember(Instant time, List<LogLine> at) {
        if (time == null) {
            return;
        }
        int order = lastTime == null ? 1 : time.compareTo(lastTime);
        if (order > 0) {
            lastTime = time;
            atLastTime.clear();
        }
        if (order >= 0) {
            atLastTime.addAll(at.subList(0, Math.min(at.size(), MAX_REMEMBERED - atLastTime.size())));
        }
    }

    void reset() {
        lastTime = null;
        atLastTime.clear();
        resuming = false;
    }
}
