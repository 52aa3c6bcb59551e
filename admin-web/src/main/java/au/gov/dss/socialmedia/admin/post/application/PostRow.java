package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;
import java.time.Instant;

/**
 * A post in the list.
 *
 * @param id its id
 * @param excerpt the start of its text
 * @param account the account's address, as people write it
 * @param author the author's name
 * @param status its status (or SCHEDULED)
 * @param draftedAt when it was started
 * @param when when it was, or is to be, published (null when neither)
 */
public record PostRow(String id, String excerpt, String account, String author, String status, Instant draftedAt,
                      Instant when) implements Serializable, Keyed {
}
