package dev.berth.daemon.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.berth.daemon.DaemonErrors;
import dev.berth.daemon.DaemonException;
import dev.berth.daemon.engine.EngineCalls;
import dev.berth.daemon.engine.EngineStreamCallback;
import dev.berth.daemon.engine.StdinPipe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What an exec and an attach share: a process's stdin, output and end over one docker-java stream. Keys go through
 * a {@link StdinPipe} that docker-java's hijack thread sends to the engine; output arrives on docker-java's stream
 * thread and is copied before it is handed on; the end is reported once, then the exit code is read.
 */
abstract class ProcessStream extends EngineStreamCallback<Frame> implements ExecSession {
    private static final Logger log = LoggerFactory.getLogger(ProcessStream.class);

    final EngineCalls calls;
    final StdinPipe stdin = new StdinPipe();
    private final String subject;
    private final Consumer<byte[]> onOutput;
    private final Consumer<Throwable> onEnd;
    private final CompletableFuture<ExecSession> started = new CompletableFuture<>();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private String attempt;

    /** @param subject what the stream is, for the log ("exec 3f2a…", "the attach to web") */
    ProcessStream(EngineCalls calls, String subject, Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        this.calls = calls;
        this.subject = subject;
        this.onOutput = onOutput;
        this.onEnd = onEnd;
    }

    /** Starts the stream with {@code exec} on the stream client; completes once attached, or fails with a sentence. */
    final CompletableFuture<ExecSession> start(String attempt, Consumer<DockerClient> exec) {
        this.attempt = attempt;
        try {
            exec.accept(calls.streamClient());
        } catch (RuntimeException failure) {
            stdin.close();
            started.completeExceptionally(DaemonErrors.translate(failure, attempt));
        }
        return started;
    }

    /** The process's exit code, read once its stream ended by itself. */
    abstract CompletableFuture<Integer> exitCodeAfterEnd();

    @Override
    public final void onStart(Closeable stream) {
        super.onStart(stream);
        started.complete(this);
    }

    @Override
    public final void onNext(Frame frame) {
        if (frame.getStreamType() == StreamType.STDIN || isClosedByUs()) {
            return;
        }
        byte[] payload = frame.getPayload();
        try {
            onOutput.accept(Arrays.copyOf(payload, payload.length)); // docker-java reuses the array
        } catch (RuntimeException bug) {
            log.error("The output subscriber of {} failed", subject, bug);
        }
    }

    @Override
    public final void onError(Throwable failure) {
        DaemonException sentence = DaemonErrors.translate(failure, attempt);
        started.completeExceptionally(sentence);
        ended(sentence);
    }

    @Override
    public final void onComplete() {
        ended(null);
    }

    /** The stream ended by itself: the process exited, detached, or the connection broke. */
    private void ended(DaemonException failure) {
        if (!markEndedToReport()) {
            return; // the second end, or close() reads the exit code itself
        }
        stdin.close(); // lets docker-java's hijack thread finish
        closeQuietly();
        if (started.isCompletedExceptionally()) {
            exitCode.completeExceptionally(failure); // never started: open() failed with this
            return;
        }
        try {
            onEnd.accept(failure);
        } catch (RuntimeException bug) {
            log.error("The end subscriber of {} failed", subject, bug);
        }
        completeExitCode(exitCodeAfterEnd());
    }

    final void completeExitCode(CompletableFuture<Integer> read) {
        read.whenComplete((code, failure) -> {
            if (failure != null) {
                exitCode.completeExceptionally(failure);
            } else {
                exitCode.complete(code);
            }
        });
    }

    @Override
    public final void send(byte[] input) {
        stdin.write(input);
    }

    @Override
    public final CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** Closes the session as the kind of stream does it: detaches, or ends the process. */
    @Override
    public abstract void close();

    /** Closing is the one way to close it. */
    @Override
    public final void closeByUs() {
        close();
    }
}
