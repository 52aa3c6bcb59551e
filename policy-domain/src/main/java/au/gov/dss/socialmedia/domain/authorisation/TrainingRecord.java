package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record of the training an employee completed before being authorised: required for an
 * {@link Role#AUTHORISED_CONTRIBUTOR} ("they will be trained accordingly").
 *
 * @param course the name of the course, 1 to 200 characters
 * @param completedOn the day the employee completed it
 * @param recordedBy who recorded the completion (never the trainee themself, checked when granting)
 */
public record TrainingRecord(String course, LocalDate completedOn, EmployeeId recordedBy) {

    /** Refuses a blank course name and missing parts. */
    public TrainingRecord {
        course = Text.required("training course", course, 200);
        Objects.requireNonNull(completedOn, "training completion date must not be null");
        Objects.requireNonNull(recordedBy, "training recorded by must not be null");
    }
}
