package au.gov.dss.socialmedia.domain.post;

/**
 * The lifecycle of an official post: {@code DRAFT -> SUBMITTED -> APPROVED | REJECTED}, {@code APPROVED ->
 * PUBLISHED}, and WITHDRAWN from any other state. An edit after approval sends the post back to SUBMITTED; an edit
 * of a rejected post makes it a DRAFT again.
 */
public enum PostStatus {
    /** Being written. */
    DRAFT,
    /** Awaiting review. */
    SUBMITTED,
    /** Approved by a reviewer other than its author; may be published. */
    APPROVED,
    /** Rejected with reasons; may be edited and submitted again. */
    REJECTED,
    /** Published to the account (its record stays even if it is later withdrawn). */
    PUBLISHED,
    /** Withdrawn, or taken down after publication (terminal). */
    WITHDRAWN
}
