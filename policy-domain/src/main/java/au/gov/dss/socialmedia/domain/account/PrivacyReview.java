package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A check that an account's privacy settings suit the scope of engagement (key principle "Protect and respect
 * privacy"), and when the next one is due.
 *
 * @param reviewedOn the day of the review
 * @param reviewer who reviewed the settings
 * @param nextDue when the next review is due, after {@code reviewedOn} and at most {@value #MAX_MONTHS} months later
 * @param notes what was checked or changed (may be empty)
 */
public record PrivacyReview(LocalDate reviewedOn, EmployeeId reviewer, LocalDate nextDue, String notes) {

    /** The longest allowed interval between reviews, in months. */
    public static final int MAX_MONTHS = 12;

    /** Refuses missing parts and a next-due date not after the review or more than a year later. */
    public PrivacyReview {
        Objects.requireNonNull(reviewedOn, "review date must not be null");
        Objects.requireNonNull(reviewer, "reviewer must not be null");
        Objects.requireNonNull(nextDue, "next review date must not be null");
        if (!nextDue.isAfter(reviewedOn)) {
            throw new IllegalArgumentException("next privacy review (" + nextDue + ") must be after the review ("
                    + reviewedOn + ")");
        }
        if (nextDue.isAfter(reviewedOn.plusMonths(MAX_MONTHS))) {
            throw new IllegalArgumentException("next privacy review (" + nextDue + ") must be at most "
                    + MAX_MONTHS + " months after the review (" + reviewedOn + ")");
        }
        notes = Text.optional("privacy review notes", notes, 2000);
    }

    /** Whether the next review is overdue on the given day. */
    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(nextDue);
    }
}
