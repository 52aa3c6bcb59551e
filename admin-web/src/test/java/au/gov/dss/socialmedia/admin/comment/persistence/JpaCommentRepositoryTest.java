package au.gov.dss.socialmedia.admin.comment.persistence;

import au.gov.dss.socialmedia.admin.testing.CommentFixture;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.Findings;
import au.gov.dss.socialmedia.admin.testing.PostFixture;

import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.comment.CommentStatus;
import au.gov.dss.socialmedia.domain.comment.ModerationDecision;
import au.gov.dss.socialmedia.domain.comment.PublicComment;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaCommentRepositoryTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private void store(PublicComment... comments) {
        db.run(em -> Arrays.stream(comments).forEach(new JpaCommentRepository(em)::save));
    }

    private PublicComment load(CommentId id) {
        return db.inTransaction(em -> new JpaCommentRepository(em).get(id));
    }

    private List<CommentId> awaiting(AccountId account) {
        return db.inTransaction(em -> new JpaCommentRepository(em).findAwaitingModeration(account)).stream()
                .map(PublicComment::id).toList();
    }

    @ParameterizedTest
    @EnumSource(CommentFixture.Stage.class)
    void a_comment_comes_back_exactly_as_it_was_stored(CommentFixture.Stage stage) {
        Staff.store(db);
        PublicComment comment = stage.comment(Staff.storeAccounts(db, 1).get(0));
        store(comment);
        assertEquals(comment.snapshot(), load(comment.id()).snapshot());
    }

    @Test
    void a_stored_comment_keeps_its_screening_and_then_its_moderation() {
        Staff.store(db);
        PublicComment comment = CommentFixture.Stage.RECEIVED.comment(Staff.storeAccounts(db, 1).get(0));
        store(comment);
        PublicComment screened = db.inTransaction(em -> {
            JpaCommentRepository repository = new JpaCommentRepository(em);
            PublicComment stored = repository.get(comment.id());
            stored.recordScreening(Findings.assessment(stored.text(), plusDays(0), Findings.uncitedClaim()));
            repository.save(stored);
            return stored;
        });
        assertEquals(screened.snapshot(), load(comment.id()).snapshot());
        PublicComment moderated = db.inTransaction(em -> {
            JpaCommentRepository repository = new JpaCommentRepository(em);
            PublicComment stored = repository.get(comment.id());
            stored.moderate(MANAGER, new ModerationDecision.Reply("Thanks"), PostFixture.AUTHORITY, day(1));
            repository.save(stored);
            return stored;
        });
        assertEquals(moderated.snapshot(), load(comment.id()).snapshot());
        assertEquals(CommentStatus.MODERATED, load(comment.id()).status());
    }

    @Test
    void comments_awaiting_moderation_are_those_received_on_the_account_oldest_first() {
        Staff.store(db);
        List<AccountId> accounts = Staff.storeAccounts(db, 2);
        AccountId account = accounts.get(0);
        PublicComment later = CommentFixture.received(account, "fb-2", plusDays(2));
        PublicComment earlier = CommentFixture.received(account, "fb-1", plusDays(1));
        PublicComment moderated = CommentFixture.Stage.HIDDEN.comment(account);
        PublicComment elsewhere = CommentFixture.received(accounts.get(1), "fb-3", plusDays(1));
        store(later, earlier, moderated, elsewhere);

        assertEquals(List.of(earlier.id(), later.id()), awaiting(account));
        assertEquals(List.of(elsewhere.id()), awaiting(accounts.get(1)));
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused_and_loses_nothing() {
        Staff.store(db);
        PublicComment comment = CommentFixture.Stage.RECEIVED.comment(Staff.storeAccounts(db, 1).get(0));
        store(comment);
        long stored = db.inTransaction(em -> new JpaCommentRepository(em).versionOf(comment.id())).orElseThrow();
        CommentEntity stale = db.inTransaction(em -> em.find(CommentEntity.class, comment.id().toString()));
        db.run(em -> {
            JpaCommentRepository repository = new JpaCommentRepository(em);
            PublicComment current = repository.get(comment.id());
            current.moderate(MANAGER, new ModerationDecision.NoAction(), PostFixture.AUTHORITY, day(1));
            repository.save(current);
        });
        assertTrue(db.inTransaction(em -> new JpaCommentRepository(em).versionOf(comment.id())).orElseThrow()
                > stored);

        stale.moderationKind = "REMOVE";
        stale.moderationGround = "SPAM_OR_ADVERTISING";
        stale.status = "MODERATED";
        assertThrows(OptimisticLockException.class, () -> db.run(em -> em.merge(stale)));
        assertEquals(new ModerationDecision.NoAction(), load(comment.id()).moderation().orElseThrow().decision());
    }
}
