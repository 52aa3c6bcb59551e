package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import java.time.Instant;
import java.util.List;

/** What happened to an official post. */
public sealed interface PostEvent extends DomainEvent {

    /** The post it happened to. */
    PostId postId();

    /**
     * A post was drafted.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor the author
     * @param postId the post
     * @param accountId the account it is for
     */
    record PostDrafted(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, AccountId accountId)
            implements PostEvent {
    }

    /**
     * A post's content was edited.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who edited it
     * @param postId the post
     * @param previousStatus its status before the edit
     * @param newStatus its status after (an approved post goes back to review)
     */
    record PostEdited(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId,
                      PostStatus previousStatus, PostStatus newStatus) implements PostEvent {
    }

    /**
     * A post was submitted for review.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who submitted it
     * @param postId the post
     */
    record PostSubmitted(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId)
            implements PostEvent {
    }

    /**
     * A reviewer approved a post.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor the reviewer
     * @param postId the post
     * @param note the reviewer's note (may be empty)
     * @param acknowledged the warnings the reviewer acknowledged one by one
     * @param publishAt when the post is to publish itself, or null for a person to publish it
     */
    record PostApproved(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, String note,
                        List<Finding> acknowledged, Instant publishAt)
            implements PostEvent {
    }

    /**
     * A reviewer rejected a post.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor the reviewer
     * @param postId the post
     * @param reason why
     */
    record PostRejected(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, String reason)
            implements PostEvent {
    }

    /**
     * A post was published: the official record of what the department said.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who published it
     * @param postId the post
     * @param accountId the account it was published to
     * @param author who wrote it
     * @param content its final content
     * @param approval the approval it was published under
     * @param assessment the compliance assessment it was published with
     * @param address where it lives on the platform, or null until recorded
     */
    record PostPublished(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, AccountId accountId,
                         EmployeeId author, PostContent content, Approval approval,
                         ComplianceAssessment assessment, String address) implements PostEvent {
    }

    /**
     * A scheduled publication did not happen: a rule of publication failed at the scheduled instant. Nothing went
     * out; the post stays approved, no longer scheduled, until it is edited or published by a person.
     *
     * @param eventId the event's id
     * @param occurredAt the scheduled instant's check
     * @param actor the author, for whom the post was to be published
     * @param postId the post
     * @param refusal the rule that failed, with its clause
     */
    record PostPublicationRefused(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId,
                                  Refusal refusal) implements PostEvent {
    }

    /**
     * Where a published post lives on its platform was recorded (or corrected).
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who recorded it
     * @param postId the post
     * @param address the post's address on the platform
     */
    record PostAddressRecorded(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, String address)
            implements PostEvent {
    }

    /**
     * A post was withdrawn, or taken down after publication.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who withdrew it
     * @param postId the post
     * @param previousStatus its status before
     * @param reason why
     */
    record PostWithdrawn(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId,
                         PostStatus previousStatus, String reason) implements PostEvent {
    }

    /**
     * A business area the post speaks for gave its consent, with its advice.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who gave it for the area
     * @param postId the post
     * @param area the business area
     * @param advice its advice (may be empty)
     */
    record PostConsentGiven(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, BusinessArea area,
                            String advice) implements PostEvent {
    }

    /**
     * A business area the post speaks for refused its consent, saying why.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who refused for the area
     * @param postId the post
     * @param area the business area
     * @param note why
     */
    record PostConsentRefused(EventId eventId, Instant occurredAt, EmployeeId actor, PostId postId, BusinessArea area,
                              String note) implements PostEvent {
    }
}
