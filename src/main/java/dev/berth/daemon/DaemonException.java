package dev.berth.daemon;

import java.util.Optional;

/**
 * An engine failure phrased for the person using Berth: {@link #getMessage()} is a whole sentence, and
 * {@link #offeredAction()} is what they can do about it, when there is something.
 */
public class DaemonException extends RuntimeException {
    private final String offeredAction;
    private final int httpStatus;
    private final boolean mayWorkLater;

    /** A failure that may pass ({@link #mayWorkLater()}) when the engine failed (5xx). */
    public DaemonException(String sentence, String offeredAction, int httpStatus, Throwable cause) {
        this(sentence, offeredAction, httpStatus, cause, httpStatus >= 500);
    }

    public DaemonException(String sentence, String offeredAction, int httpStatus, Throwable cause,
                           boolean mayWorkLater) {
        super(sentence, cause);
        this.offeredAction = offeredAction;
        this.httpStatus = httpStatus;
        this.mayWorkLater = mayWorkLater;
    }

    public DaemonException(String sentence, String offeredAction) {
        this(sentence, offeredAction, 0, null);
    }

    public Optional<String> offeredAction() {
        return Optional.ofNullable(offeredAction);
    }

    /**
     * Whether the same request may well work a moment later, as it is: the engine failed (5xx), did not answer in
     * time or could not be reached, rather than refused it for a reason that stays.
     */
    public boolean mayWorkLater() {
        return mayWorkLater;
    }

    /** The engine's HTTP status, or 0 when the failure happened before the engine answered. */
    public int httpStatus() {
        return httpStatus;
    }
}
