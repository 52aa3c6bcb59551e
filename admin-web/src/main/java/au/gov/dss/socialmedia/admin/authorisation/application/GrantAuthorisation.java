package au.gov.dss.socialmedia.admin.authorisation.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What the grant form submits.
 *
 * @param holder the employee number of the holder
 * @param role COMMUNICATION_ACCOUNT_MANAGER or AUTHORISED_CONTRIBUTOR
 * @param allCmbAccounts whether it covers every CMB account (otherwise {@code accounts})
 * @param accounts the ids of the accounts it covers when not all
 * @param activities the activities (names of {@code Activity})
 * @param from the first day of validity (in Canberra)
 * @param until the last day of validity (in Canberra)
 * @param trainingCourse the training course completed, or blank when none is recorded
 * @param trainingCompletedOn the day the training was completed
 */
public record GrantAuthorisation(String holder, String role, boolean allCmbAccounts, List<String> accounts,
                                 List<String> activities, LocalDate from, LocalDate until, String trainingCourse,
                                 LocalDate trainingCompletedOn) implements java.io.Serializable {

    /** Copies the lists (null is empty). */
    public GrantAuthorisation {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
