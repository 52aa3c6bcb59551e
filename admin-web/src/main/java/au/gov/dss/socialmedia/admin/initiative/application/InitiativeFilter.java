package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;

/**
 * What the initiatives list is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the title
 * @param status one status (an {@code InitiativeStatus} name)
 * @param area one sponsoring business area (its code)
 * @param sort the order: by title, sponsoringArea, status or draftedAt (null: newest first)
 */
public record InitiativeFilter(String text, String status, String area, Sort sort) implements Serializable, Sorted {
}
