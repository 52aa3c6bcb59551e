package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;

/**
 * Thrown when the policy refuses a command. The aggregate is left exactly as it was; {@link #refusal()} says which
 * rule refused it and on which clause.
 */
public class CommandRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    /** A refusal of a command. */
    public CommandRefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal must not be null").message());
        this.refusal = refusal;
    }

    /** Why the command was refused. */
    public Refusal refusal() {
        return refusal;
    }

    /** The refusal's stable code. */
    public String code() {
        return refusal.code();
    }
}
