package dev.berth.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Optional;

/**
 * Runs a test class only where the test engine answers with the test image ({@code @ExtendWith(EngineRequired.class)}
 * on every engine test). Elsewhere the whole class is skipped with the one-line reason before any of its set-up or
 * tear-down runs, so none of them meets a field the set-up never filled; under CI ({@code CI=true}), where
 * scripts/test-engine.sh must have started the engine, the class fails instead. The engine is asked once per test JVM.
 */
public final class EngineRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Answer.MISSING;
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("The test engine answers at " + TestEngine.HOST);
        }
        if (underCi()) {
            throw new AssertionError(missing.get());
        }
        return ConditionEvaluationResult.disabled(missing.get());
    }

    /** Skips the calling test with that reason, or fails it under CI, where everything a test needs must be there. */
    public static void skipOrFail(String reason) {
        skipOrFail(reason, null);
    }

    /** As {@link #skipOrFail(String)}, with what went wrong when asking for it. */
    public static void skipOrFail(String reason, Throwable cause) {
        if (underCi()) {
            Assertions.fail(reason, cause);
        }
        Assumptions.abort(reason);
    }

    private static boolean underCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Asked on first use, by the first engine test class of the run. */
    private static final class Answer {
        static final Optional<String> MISSING = whyMissing();

        private static Optional<String> whyMissing() {
            Optional<String> missing = TestEngine.whyUnavailable();
            if (!underCi()) {
                missing.ifPresent(reason -> System.out.println("Engine tests are skipped: " + reason));
            }
            return missing;
        }
    }
}
