package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * What came of the breach notice: the employee's response, or the lapse of the response period.
 *
 * @param kind response or lapse
 * @param summary a summary of the response, 1 to 8000 characters; empty for a lapse
 * @param recordedBy the officer who recorded it
 * @param recordedAt when
 * @param late for a response, whether it came after the deadline; false for a lapse
 */
public record NoticeResponse(Kind kind, String summary, EmployeeId recordedBy, Instant recordedAt, boolean late) {

    /** Refuses missing parts, a response without summary and a lapse with one. */
    public NoticeResponse {
        Objects.requireNonNull(kind, "response kind must not be null");
        if (kind == Kind.RESPONDED) {
            summary = Text.required("response summary", summary, 8000);
        } else {
            if (summary != null && !summary.isBlank()) {
                throw new IllegalArgumentException("response summary must be empty when the period lapsed");
            }
            if (late) {
                throw new IllegalArgumentException("response late must be false when the period lapsed");
            }
            summary = "";
        }
        Objects.requireNonNull(recordedBy, "response recorded by must not be null");
        Objects.requireNonNull(recordedAt, "response time must not be null");
    }

    /** Whether the employee responded or let the period lapse. */
    public enum Kind {
        /** The employee responded. */
        RESPONDED,
        /** The response period ended without a response. */
        LAPSED
    }
}
