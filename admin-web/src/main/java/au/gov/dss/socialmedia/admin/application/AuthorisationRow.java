package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An authorisation as the authorisations list shows it.
 *
 * @param id the authorisation's id
 * @param holderId the holder's employee number
 * @param holderName the holder's name
 * @param role COMMUNICATION_ACCOUNT_MANAGER or AUTHORISED_CONTRIBUTOR
 * @param allCmbAccounts whether it covers every CMB account
 * @param accountCount how many named accounts it covers when not all
 * @param activities the activities it covers, comma separated
 * @param from the first day of validity (in Canberra)
 * @param until the last day of validity (in Canberra)
 * @param trainingCourse the training course recorded, or null
 * @param status the recorded status: GRANTED, SUSPENDED, REVOKED or EXPIRED
 * @param version the version shown, for detecting concurrent changes
 */
public record AuthorisationRow(String id, String holderId, String holderName, String role, boolean allCmbAccounts,
                               int accountCount,
                               String activities, LocalDate from, LocalDate until, String trainingCourse,
                               String status, long version) implements Serializable {
}
