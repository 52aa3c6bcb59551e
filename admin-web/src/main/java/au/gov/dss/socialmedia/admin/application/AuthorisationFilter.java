package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
/**
 * What the authorisations list is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the holder's name or employee number, or of the training course
 * @param role one role
 * @param status one recorded status
 * @param sortField the column to sort by: holderName, role, status, from or until
 * @param ascending the sort direction
 */
public record AuthorisationFilter(String text, String role, String status, String sortField, boolean ascending) implements Serializable {
}
