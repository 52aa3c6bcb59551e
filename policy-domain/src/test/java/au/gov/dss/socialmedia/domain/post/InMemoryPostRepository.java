package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.PostId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Posts kept as snapshots in a map, for tests; every find restores a fresh copy. */
public final class InMemoryPostRepository implements PostRepository {

    private final Map<PostId, PostSnapshot> posts = new LinkedHashMap<>();

    /** An empty repository. */
    public InMemoryPostRepository() {
        // nothing stored yet
    }

    @Override
    public Optional<OfficialPost> find(PostId id) {
        return Optional.ofNullable(posts.get(id)).map(OfficialPost::restore);
    }

    @Override
    public void save(OfficialPost post) {
        posts.put(post.id(), post.snapshot());
    }

    @Override
    public List<OfficialPost> findByAccountAndStatus(AccountId account, PostStatus status) {
        return posts.values().stream()
                .filter(post -> post.accountId().equals(account) && post.status() == status)
                .map(OfficialPost::restore)
                .collect(Collectors.toList());
    }
}
