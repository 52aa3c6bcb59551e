package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.util.List;
import java.util.Optional;

/** Port: where public comments and their moderation are kept. */
public interface CommentRepository {

    /** The comment with this id, if there is one. */
    Optional<PublicComment> find(CommentId id);

    /** Stores a new comment or the new state of a known one. */
    void save(PublicComment comment);

    /** The comments on the account still awaiting moderation, oldest first. */
    List<PublicComment> findAwaitingModeration(AccountId account);

    /** The comment with this id, or a refusal naming the unknown id. */
    default PublicComment get(CommentId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal("UNKNOWN_COMMENT",
                PolicyClause.SWITCH_CHANNEL, "no public comment with id " + id + " is known")));
    }
}
