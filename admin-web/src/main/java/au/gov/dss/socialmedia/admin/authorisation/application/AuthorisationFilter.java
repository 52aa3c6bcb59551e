package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;

/**
 * What the register of authorisations is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the holder's name or employee number, or of the training course
 * @param role one role (a {@code Role} name)
 * @param status one recorded status (an {@code AuthorisationStatus} name)
 * @param sort the order: by holderName, role, status, from or until (null: by holder's name)
 */
public record AuthorisationFilter(String text, String role, String status, Sort sort) implements Serializable, Sorted {
}
