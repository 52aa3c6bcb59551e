package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the posts list is filtered by; each part may be null (no filter).
 *
 * @param text words of the text
 * @param account the account's id
 * @param status the post's status ({@code PostStatus} name), or {@code SCHEDULED} for approved posts with a time
 * @param author the author's employee number
 * @param from the first day drafted (Canberra time)
 * @param until the last day drafted
 * @param sort the order
 */
public record PostFilter(String text, String account, String status, String author, LocalDate from,
                         LocalDate until, Sort sort) implements Serializable, Sorted {

    /** The state a draft is in while another business area it speaks for has not consented. */
    public static final String AWAITING_CONSENT = "AWAITING_CONSENT";

    /** The state a post is in when it is approved and waits for its time. */
    public static final String SCHEDULED = "SCHEDULED";
}
