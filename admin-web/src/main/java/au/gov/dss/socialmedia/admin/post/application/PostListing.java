package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.time.Instant;
import java.util.List;

/** The posts as lists: the filtered list, the review queue, the calendar, and the posts due to publish. */
public interface PostListing extends ListSource<PostFilter, PostRow> {

    /** Submitted posts none of the contributors of which is the reviewer, oldest first, at most {@code max}. */
    List<Option> awaitingReview(String reviewerNumber, int max);

    /**
     * Drafts that speak for the business area, on an account of another area, with neither its consent nor its
     * refusal, that the employee did not write or edit; oldest first.
     */
    List<Option> askingConsentOf(String areaCode, String employeeNumber, int max);

    /** The author's posts that need them: rejected, or whose scheduled publication did not happen. */
    List<Option> needingAuthor(String authorNumber, int max);

    /** The posts published, or to be published, from {@code from} (inclusive) to {@code until} (exclusive). */
    List<PostRow> between(String accountId, Instant from, Instant until);

    /** The ids of approved posts whose scheduled time has come, oldest first. */
    List<String> dueBy(Instant now, int max);
}
