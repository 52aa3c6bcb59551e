package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An authorisation as its page shows it, with names for every id.
 *
 * @param id the authorisation's id
 * @param holderId the holder's employee number
 * @param holderName the holder's name
 * @param role its role
 * @param allCmbAccounts whether it covers every CMB account
 * @param accounts the named accounts it covers (value: id, label: address)
 * @param activities the activities it covers
 * @param from its first day
 * @param until its last day
 * @param trainingCourse the training recorded, or null
 * @param trainingCompletedOn when the training was completed, or null
 * @param grantedByName who granted it
 * @param grantedAt when
 * @param recordedStatus the status recorded
 * @param status the status in effect now (EXPIRED once its last day has passed, even before that is recorded)
 * @param changes its status history, oldest first
 * @param version its version, for detecting concurrent changes
 */
public record AuthorisationView(String id, String holderId, String holderName, String role, boolean allCmbAccounts,
                                List<Option> accounts, List<String> activities, LocalDate from, LocalDate until,
                                String trainingCourse, LocalDate trainingCompletedOn, String grantedByName,
                                Instant grantedAt, String recordedStatus, String status, List<Change> changes,
                                long version) implements Serializable {

    /**
     * One change of status.
     *
     * @param status the status it moved to
     * @param at when
     * @param reason why (empty for the grant)
     */
    public record Change(String status, Instant at, String reason) implements Serializable {
    }
}
