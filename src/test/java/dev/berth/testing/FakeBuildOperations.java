package dev.berth.testing;

import dev.berth.daemon.Subscription;
import dev.berth.daemon.build.BuildLine;
import dev.berth.daemon.build.BuildOperations;
import dev.berth.daemon.build.BuildOutcome;
import dev.berth.daemon.build.BuildSpec;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The build calls of {@link FakeEngineGateway}: records each build's spec and lets the test play the builder —
 * emit output lines and end the latest build — on the test's thread.
 */
public final class FakeBuildOperations implements BuildOperations {
    private final List<BuildSpec> specs = new CopyOnWriteArrayList<>();
    private volatile String buildKitUnavailable;
    private volatile Consumer<BuildLine> output;
    private volatile Consumer<BuildOutcome> end;
    private volatile int closedBuilds;

    /** @param why null when BuildKit builds can run */
    public void setBuildKitUnavailable(String why) {
        buildKitUnavailable = why;
    }

    @Override
    public CompletableFuture<Optional<String>> buildKitUnavailable() {
        return CompletableFuture.completedFuture(Optional.ofNullable(buildKitUnavailable));
    }

    @Override
    public Subscription build(BuildSpec spec, Consumer<BuildLine> output, Consumer<BuildOutcome> end) {
        specs.add(spec);
        this.output = output;
        this.end = end;
        return () -> closedBuilds++;
    }

    public List<BuildSpec> specs() {
        return specs;
    }

    public void emit(BuildLine line) {
        output.accept(line);
    }

    public void end(BuildOutcome outcome) {
        end.accept(outcome);
    }

    /** How many builds were cancelled (their subscription closed). */
    public int closedBuilds() {
        return closedBuilds;
    }
}
