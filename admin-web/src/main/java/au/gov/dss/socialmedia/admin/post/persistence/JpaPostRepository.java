package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.Batches;
import au.gov.dss.socialmedia.admin.employee.persistence.BusinessAreas;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostRepository;
import au.gov.dss.socialmedia.domain.post.PostStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The domain's official post repository on JPA. {@link #save} copies the post's snapshot into its managed rows
 * (business areas the content names are added to the stored areas if new); the row's version detects concurrent
 * changes.
 */
@Dependent
public class JpaPostRepository implements PostRepository {

    private final EntityManager em;

    /** A repository over the given entity manager. */
    @Inject
    public JpaPostRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<OfficialPost> find(PostId id) {
        return Optional.ofNullable(em.find(PostEntity.class, id.toString())).map(this::toDomain);
    }

    @Override
    public void save(OfficialPost post) {
        BusinessAreas areas = new BusinessAreas(em);
        PostMapper.areasOf(post).forEach(areas::ensure);
        PostEntity row = em.find(PostEntity.class, post.id().toString());
        if (row == null) {
            row = new PostEntity(post.id().toString());
            PostMapper.copy(post, row);
            em.persist(row);
        } else {
            PostMapper.copy(post, row);
        }
    }

    /** The stored version of the post, to detect that someone else changed it since it was shown. */
    public OptionalLong versionOf(PostId id) {
        PostEntity row = em.find(PostEntity.class, id.toString());
        return row == null ? OptionalLong.empty() : OptionalLong.of(row.version());
    }

    /** {@inheritDoc} Oldest draft first. */
    @Override
    public List<OfficialPost> findByAccountAndStatus(AccountId account, PostStatus status) {
        return Batches.fetch(em.createQuery("SELECT p FROM PostEntity p WHERE p.accountId = :account"
                                + " AND p.status = :status ORDER BY p.draftedAt, p.id", PostEntity.class)
                        .setParameter("account", account.toString()).setParameter("status", status.name()),
                        "p", "contributors", "media", "sources", "speaksFor", "consents", "findings")
                .getResultList().stream().map(this::toDomain).toList();
    }

    private OfficialPost toDomain(PostEntity row) {
        BusinessAreas areas = new BusinessAreas(em);
        return PostMapper.toDomain(row, areas::byCode);
    }
}
