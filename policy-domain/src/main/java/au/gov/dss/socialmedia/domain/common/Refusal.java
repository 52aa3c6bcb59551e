package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why the domain refused a command or answered "no": a stable machine-readable {@code code} (capital letters and
 * '_', never changed once published), the policy clause the rule rests on, and a reason a person can act on.
 *
 * @param code stable code, for example {@code ACCOUNT_NEEDS_APPROVED_INITIATIVE}
 * @param clause the clause of the policy the rule rests on
 * @param reason a sentence a person can read
 */
public record Refusal(String code, PolicyClause clause, String reason) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,79}");

    /** Refuses a malformed code, a missing clause or a blank reason. */
    public Refusal {
        Objects.requireNonNull(code, "refusal code must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("refusal code must be capital letters, digits and '_', but was '"
                    + code + "'");
        }
        Objects.requireNonNull(clause, "refusal clause must not be null");
        reason = Text.required("refusal reason", reason, 2000);
    }

    /**
     * The refusal of a transition that the current state forbids, for example "cannot activate an account
     * that is DECOMMISSIONED".
     *
     * @param action what was attempted, as a verb phrase ("activate an account")
     * @param state the state that forbids it
     * @param clause the clause that governs the lifecycle
     */
    public static Refusal stateForbids(String action, Enum<?> state, PolicyClause clause) {
        return new Refusal("STATE_FORBIDS_ACTION", clause,
                "cannot " + action + " that is " + state.name());
    }

    /** The reason, the code and the clause, as one line. */
    public String message() {
        return reason + " [" + code + "; policy: " + clause.citation() + "]";
    }

    @Override
    public String toString() {
        return message();
    }
}
