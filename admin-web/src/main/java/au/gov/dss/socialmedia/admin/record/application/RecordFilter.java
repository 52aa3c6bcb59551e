package au.gov.dss.socialmedia.admin.record.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;

/**
 * What the list of records is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the record's title
 * @param status PENDING, FAILED or CAPTURED
 * @param type one record type ({@code account-suspended}...)
 * @param sort the order: by occurredAt, title, type or status (null: newest first)
 */
public record RecordFilter(String text, String status, String type, Sort sort) implements Serializable, Sorted {
}
