package au.gov.dss.socialmedia.admin.authorisation.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the short lists of authorisations: who may act on an account now, those ending in the next 30 days,
 * those of an employee.
 *
 * @param authorisationId the authorisation (for its address)
 * @param holderId the holder's employee number
 * @param holderName the holder's name (the number when the directory no longer knows them)
 * @param role the role it grants
 * @param until the last day of validity (in Canberra)
 * @param status its recorded status
 */
public record AuthorisationLine(String authorisationId, String holderId, String holderName, String role,
                                LocalDate until, String status) implements Serializable {
}
