package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.util.List;
import java.util.Optional;

/** Port: where official posts are kept. */
public interface PostRepository {

    /** The post with this id, if there is one. */
    Optional<OfficialPost> find(PostId id);

    /** Stores a new post or the new state of a known one. */
    void save(OfficialPost post);

    /** The posts for the account in the given status. */
    List<OfficialPost> findByAccountAndStatus(AccountId account, PostStatus status);

    /** The post with this id, or a refusal naming the unknown id. */
    default OfficialPost get(PostId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal("UNKNOWN_POST",
                PolicyClause.PRINCIPLE_MAKE_A_RECORD, "no official post with id " + id + " is known")));
    }
}
