package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Comments kept as snapshots in a map, for tests; every find restores a fresh copy. */
public final class InMemoryCommentRepository implements CommentRepository {

    private final Map<CommentId, CommentSnapshot> comments = new LinkedHashMap<>();

    /** An empty repository. */
    public InMemoryCommentRepository() {
        // nothing stored yet
    }

    @Override
    public Optional<PublicComment> find(CommentId id) {
        return Optional.ofNullable(comments.get(id)).map(PublicComment::restore);
    }

    @Override
    public void save(PublicComment comment) {
        comments.put(comment.id(), comment.snapshot());
    }

    @Override
    public List<PublicComment> findAwaitingModeration(AccountId account) {
        return comments.values().stream()
                .filter(comment -> comment.accountId().equals(account) && comment.status() == CommentStatus.RECEIVED)
                .sorted(Comparator.comparing(CommentSnapshot::receivedAt))
                .map(PublicComment::restore)
                .collect(Collectors.toList());
    }
}
