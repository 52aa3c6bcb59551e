package au.gov.dss.socialmedia.admin.comment.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Batches;

import au.gov.dss.socialmedia.domain.comment.CommentRepository;
import au.gov.dss.socialmedia.domain.comment.PublicComment;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The domain's public comment repository on JPA. {@link #save} copies the comment's snapshot into its managed rows;
 * the row's version detects concurrent changes (two moderators deciding at once).
 */
@Dependent
public class JpaCommentRepository implements CommentRepository {

    private final EntityManager em;

    /** A repository over the given entity manager. */
    @Inject
    public JpaCommentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PublicComment> find(CommentId id) {
        return Optional.ofNullable(em.find(CommentEntity.class, id.toString())).map(CommentMapper::toDomain);
    }

    @Override
    public void save(PublicComment comment) {
        CommentEntity row = em.find(CommentEntity.class, comment.id().toString());
        if (row == null) {
            row = new CommentEntity(comment.id().toString());
            CommentMapper.copy(comment, row);
            em.persist(row);
        } else {
            CommentMapper.copy(comment, row);
        }
    }

    /** The stored version of the comment, to detect that someone else changed it since it was shown. */
    public OptionalLong versionOf(CommentId id) {
        CommentEntity row = em.find(CommentEntity.class, id.toString());
        return row == null ? OptionalLong.empty() : OptionalLong.of(row.version());
    }

    @Override
    public List<PublicComment> findAwaitingModeration(AccountId account) {
        return Batches.fetch(em.createQuery("SELECT c FROM CommentEntity c WHERE c.accountId = :account"
                                + " AND c.status = 'RECEIVED' ORDER BY c.receivedAt, c.id", CommentEntity.class)
                        .setParameter("account", account.toString()), "c", "findings")
                .getResultList().stream().map(CommentMapper::toDomain).toList();
    }
}
