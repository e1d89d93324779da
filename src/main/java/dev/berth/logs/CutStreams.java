package dev.berth.logs;

import dev.berth.daemon.Backoff;
import dev.berth.ui.Notice;
import dev.berth.ui.NoticeHolder;
import dev.berth.ui.Retry;
import dev.berth.ui.concurrent.Scheduler;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Carries a followed log on by itself after its stream was cut (the connection dropped while the engine may well be
 * up): the notice says so and offers to resume now, and the log resumes from its last line after a second, then
 * twice as long after each cut that brought no line since, up to {@link #MAX_WAIT}. Used on the UI thread only.
 */
final class CutStreams {
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofSeconds(15);

    private final Scheduler scheduler;
    private final Executor ui;
    private final NoticeHolder notice;
    private final Runnable resume;
    private final Backoff waits = new Backoff(FIRST_WAIT, MAX_WAIT);
    /** Counts the resumes planned, so that a plan cancelled after its time came does not run. */
    private long plans;
    private Scheduler.Cancellable planned;
    private Notice shown;
    private boolean waited;

    /** @param resume carries the cut streams on from their last lines (on {@code ui}) */
    CutStreams(Scheduler scheduler, Executor ui, NoticeHolder notice, Runnable resume) {
        this.scheduler = scheduler;
        this.ui = ui;
        this.notice = notice;
        this.resume = resume;
    }

    /** A stream was cut: says so, and resumes later unless a resume is planned already. */
    void cut() {
        if (planned != null) {
            return;
        }
        Duration wait = waits.nextDelay();
        waited = true;
        shown = new Notice(Notice.Kind.ERROR, "The log stream was cut off.",
                "The log carries on from its last line in " + wait.toSeconds() + " s.",
                new Retry("Resume now", this::resumeNow));
        notice.set(shown);
        long plan = ++plans;
        planned = scheduler.schedule(wait, () -> ui.execute(() -> {
            if (plan == plans && planned != null) {
                resumeNow();
            }
        }));
    }

    /** Resumes the cut streams now: the user asked, or the wait is over. */
    void resumeNow() {
        cancel();
        resume.run();
    }

    /** Lines came: the stream works again, and the next cut waits the shortest time again. */
    void linesArrived() {
        if (waited) {
            waited = false;
            waits.reset();
        }
    }

    /** The streams carry on some other way (the engine is back, the container restarted) or the log closed. */
    void cancel() {
        plans++;
        if (planned != null) {
            planned.cancel();
            planned = null;
        }
        notice.takeDown(shown);
        shown = null;
    }
}
