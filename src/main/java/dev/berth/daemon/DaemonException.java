package dev.berth.daemon;

import java.util.Optional;

/**
 * An engine failure phrased for the person using Berth: {@link #getMessage()} is a whole sentence, and
 * {@link #offeredAction()} is what they can do about it, when there is something.
 */
public class DaemonException extends RuntimeException {
    private final String offeredAction;
    private final int httpStatus;

    public DaemonException(String sentence, String offeredAction, int httpStatus, Throwable cause) {
        super(sentence, cause);
        this.offeredAction = offeredAction;
        this.httpStatus = httpStatus;
    }

    public DaemonException(String sentence, String offeredAction) {
        this(sentence, offeredAction, 0, null);
    }

    public Optional<String> offeredAction() {
        return Optional.ofNullable(offeredAction);
    }

    /** The engine's HTTP status, or 0 when the failure happened before the engine answered. */
    public int httpStatus() {
        return httpStatus;
    }
}
