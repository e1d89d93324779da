package dev.berth.logs;

import dev.berth.daemon.Subscription;
import dev.berth.daemon.containers.ContainerOperations;
import dev.berth.daemon.logs.LogLine;
import dev.berth.daemon.logs.LogRequest;
import dev.berth.ui.text.AnsiText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;

/**
 * Writes log lines to a file as {@code docker logs [-t]} prints them: escape sequences stripped, one line per line,
 * UTF-8. Runs on the given background executor; progress is reported now and then, never per line.
 */
final class LogSaver {
    private static final int PROGRESS_EVERY = 16_384;

    private LogSaver() {
    }

    /** A line as text for the clipboard or a file: "TIME text" with timestamps, like {@code docker logs -t}. */
    static String plain(LogLine line, boolean timestamps) {
        String text = AnsiText.strip(line.text());
        return timestamps && line.time() != null ? DateTimeFormatter.ISO_INSTANT.format(line.time()) + " " + text
                : text;
    }

    /** Writes {@code lines}; completes with how many were written. {@code progress} gets fractions 0..1. */
    static CompletableFuture<Long> save(List<LogLine> lines, Path file, boolean timestamps, Executor io,
                                        DoubleConsumer progress) {
        return CompletableFuture.supplyAsync(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0, n = lines.size(); i < n; i++) {
                    out.write(plain(lines.get(i), timestamps));
                    out.write('\n');
                    if (i % PROGRESS_EVERY == 0) {
                        progress.accept((double) i / n);
                    }
                }
                progress.accept(1.0);
                return (long) lines.size();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }, io);
    }

    /**
     * Streams the container's whole log (not followed) from the engine straight into {@code file}, for when the
     * buffer has dropped lines. {@code linesWritten} gets a running count now and then; {@code done} completes when
     * the log has ended, with the number of lines written.
     */
    static Subscription saveFromEngine(ContainerOperations containers, String containerId, Path file,
                                       boolean timestamps, LongConsumer linesWritten, CompletableFuture<Long> done) {
        Writer out;
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            done.completeExceptionally(failed);
            return () -> { };
        }
        long[] written = {0};
        Object lock = new Object();
        Runnable closeFile = () -> {
            try {
                out.close();
            } catch (IOException closing) {
                done.completeExceptionally(closing);
            }
        };
        Subscription stream = containers.logs(containerId, new LogRequest(false, LogRequest.ALL, null), lines -> {
            synchronized (lock) {
                writeAll(out, lines, timestamps, done);
                long before = written[0];
                written[0] += lines.size();
                if (before / PROGRESS_EVERY != written[0] / PROGRESS_EVERY) {
                    linesWritten.accept(written[0]);
                }
            }
        }, failure -> {
            synchronized (lock) {
                closeFile.run();
                if (failure != null) {
                    done.completeExceptionally(failure);
                } else {
                    done.complete(written[0]);
                }
            }
        });
        return () -> { // cancelled: stop reading, and let go of the half-written file
            stream.close();
            synchronized (lock) {
                if (!done.isDone()) {
                    closeFile.run();
                    done.cancel(false);
                }
            }
        };
    }

    private static void writeAll(Writer out, List<LogLine> lines, boolean timestamps, CompletableFuture<Long> done) {
        if (done.isDone()) {
            return;
        }
        try {
            for (LogLine line : lines) {
                out.write(plain(line, timestamps));
                out.write('\n');
            }
        } catch (IOException failed) {
            done.completeExceptionally(failed);
        }
    }
}
