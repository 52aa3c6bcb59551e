package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An authorisation as the register shows it.
 *
 * @param id the authorisation's id (for its address, never shown)
 * @param holderId the holder's employee number
 * @param holderName the holder's name
 * @param role COMMUNICATION_ACCOUNT_MANAGER or AUTHORISED_CONTRIBUTOR (shown in words)
 * @param allCmbAccounts whether it covers every CMB account
 * @param accountCount how many named accounts it covers when not all
 * @param activities the activities it covers ({@code Activity} names, shown in words)
 * @param from the first day of validity (in Canberra)
 * @param until the last day of validity (in Canberra)
 * @param trainingCourse the training course recorded, or null
 * @param status the recorded status: GRANTED, SUSPENDED, REVOKED or EXPIRED (shown in words)
 */
public record AuthorisationRow(String id, String holderId, String holderName, String role, boolean allCmbAccounts,
                               int accountCount, List<String> activities, LocalDate from, LocalDate until,
                               String trainingCourse, String status) implements Serializable, Keyed {

    /** Copies the activities. */
    public AuthorisationRow {
        activities = List.copyOf(activities);
    }
}
