package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry in an authorisation's status history: from {@code at} on, the authorisation was in {@code status}.
 * The history lets the authority question be answered for past instants too (was the employee authorised when
 * they posted?).
 *
 * @param status the status entered
 * @param at when it was entered (for EXPIRED: the end of the validity period)
 * @param reason why (required for SUSPENDED and REVOKED, at most 1000 characters; empty otherwise)
 */
public record StatusChange(AuthorisationStatus status, Instant at, String reason) {

    /** The longest reason accepted for a suspension or revocation. */
    public static final int MAXIMUM_REASON_LENGTH = 1000;

    /** Refuses missing parts, and a missing reason for a suspension or revocation. */
    public StatusChange {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(at, "status change time must not be null");
        if (status == AuthorisationStatus.SUSPENDED || status == AuthorisationStatus.REVOKED) {
            reason = Text.required("reason for " + status.name().toLowerCase(Locale.ROOT), reason,
                    MAXIMUM_REASON_LENGTH);
        } else {
            reason = Text.optional("reason", reason, MAXIMUM_REASON_LENGTH);
        }
    }
}
