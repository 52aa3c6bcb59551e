package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the "who may post to account X now" and "ending in the next 30 days" lists.
 *
 * @param authorisationId the authorisation
 * @param holderId the holder's employee number
 * @param holderName the holder's name (the number when the directory no longer knows them)
 * @param role the role it grants
 * @param until the last day of validity (in Canberra)
 */
public record AuthorisationLine(String authorisationId, String holderId, String holderName, String role,
                                LocalDate until) implements Serializable {
}
