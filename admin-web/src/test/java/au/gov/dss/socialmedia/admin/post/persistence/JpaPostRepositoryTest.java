package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.account.persistence.JpaAccountRepository;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.Findings;
import au.gov.dss.socialmedia.admin.testing.PostFixture;

import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_COLLEAGUE;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.post.PostStatus;
import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaPostRepositoryTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private SocialMediaAccount storedAccount(String handle) {
        SocialMediaAccount account = PostFixture.account(handle);
        db.run(em -> new JpaAccountRepository(em).save(account));
        return account;
    }

    private void store(OfficialPost... posts) {
        db.run(em -> Arrays.stream(posts).forEach(new JpaPostRepository(em)::save));
    }

    private OfficialPost load(PostId id) {
        return db.inTransaction(em -> new JpaPostRepository(em).get(id));
    }

    @ParameterizedTest
    @EnumSource(PostFixture.Stage.class)
    void a_text_only_post_comes_back_exactly_as_it_was_stored(PostFixture.Stage stage) {
        Staff.store(db);
        OfficialPost post = stage.post(storedAccount("DSSnews"), PostContent.text("Payments rise on 1 July."));
        store(post);
        assertEquals(post.snapshot(), load(post.id()).snapshot());
    }

    @ParameterizedTest
    @EnumSource(PostFixture.Stage.class)
    void a_post_with_media_sources_and_consents_comes_back_exactly_as_stored(PostFixture.Stage stage) {
        Staff.store(db);
        OfficialPost post = stage.post(storedAccount("DSSnews"), PostFixture.richContent());
        store(post);
        assertEquals(post.snapshot(), load(post.id()).snapshot());
    }

    @Test
    void each_edit_replaces_the_content_and_adds_the_editor() {
        Staff.store(db);
        SocialMediaAccount account = storedAccount("DSSnews");
        OfficialPost post = PostFixture.draft(account, PostContent.text("Payments rise on 1 July."));
        store(post);
        PostContent rich = PostFixture.richContent();
        List<Consumer<OfficialPost>> changes = List.of(
                p -> p.edit(FAMILIES_COLLEAGUE, account, rich, PostFixture.AUTHORITY, day(1)),
                p -> p.edit(FAMILIES_OFFICER, account, new PostContent(rich.text(), rich.media().subList(1, 2),
                        List.of(), rich.speaksFor(), List.of(rich.consents().get(1), rich.consents().get(0))),
                        PostFixture.AUTHORITY, day(2)),
                p -> p.submit(FAMILIES_OFFICER, account, day(3)),
                p -> p.approve(MANAGER, "", Findings.assessment(p.content(), day(4).instant()), List.of(), null,
                        PostFixture.AUTHORITY, day(4)),
                p -> p.edit(FAMILIES_OFFICER, account, PostContent.text("Payments rise."), PostFixture.AUTHORITY,
                        day(5)));
        for (Consumer<OfficialPost> change : changes) {
            OfficialPost changed = db.inTransaction(em -> {
                JpaPostRepository repository = new JpaPostRepository(em);
                OfficialPost stored = repository.get(post.id());
                change.accept(stored);
                repository.save(stored);
                return stored;
            });
            assertEquals(changed.snapshot(), load(post.id()).snapshot());
        }
        assertEquals(PostStatus.SUBMITTED, load(post.id()).status(), "an edit after approval needs a new review");
    }

    @Test
    void posts_are_found_by_account_and_status_oldest_first() {
        Staff.store(db);
        SocialMediaAccount news = storedAccount("DSSnews");
        SocialMediaAccount other = storedAccount("DSSother");
        OfficialPost submitted = PostFixture.Stage.SUBMITTED.post(news, PostContent.text("One"));
        OfficialPost alsoSubmitted = PostFixture.Stage.SUBMITTED.post(news, PostFixture.richContent());
        OfficialPost draft = PostFixture.Stage.TEXT_DRAFT.post(news, PostContent.text("Two"));
        OfficialPost elsewhere = PostFixture.Stage.SUBMITTED.post(other, PostContent.text("Three"));
        store(submitted, alsoSubmitted, draft, elsewhere);

        List<PostId> found = db.inTransaction(em -> new JpaPostRepository(em)
                .findByAccountAndStatus(news.id(), PostStatus.SUBMITTED)).stream().map(OfficialPost::id).toList();
        assertEquals(2, found.size());
        assertTrue(found.containsAll(List.of(submitted.id(), alsoSubmitted.id())));
        assertEquals(List.of(draft.id()), db.inTransaction(em -> new JpaPostRepository(em)
                .findByAccountAndStatus(news.id(), PostStatus.DRAFT)).stream().map(OfficialPost::id).toList());
        assertEquals(List.of(elsewhere.id()), db.inTransaction(em -> new JpaPostRepository(em)
                .findByAccountAndStatus(other.id(), PostStatus.SUBMITTED)).stream().map(OfficialPost::id).toList());
        assertTrue(db.inTransaction(em -> new JpaPostRepository(em)
                .findByAccountAndStatus(news.id(), PostStatus.PUBLISHED)).isEmpty());
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused_and_loses_nothing() {
        Staff.store(db);
        SocialMediaAccount account = storedAccount("DSSnews");
        OfficialPost post = PostFixture.draft(account, PostContent.text("Payments rise on 1 July."));
        store(post);
        long stored = db.inTransaction(em -> new JpaPostRepository(em).versionOf(post.id())).orElseThrow();
        PostEntity stale = db.inTransaction(em -> em.find(PostEntity.class, post.id().toString()));
        db.run(em -> {
            JpaPostRepository repository = new JpaPostRepository(em);
            OfficialPost current = repository.get(post.id());
            current.submit(FAMILIES_OFFICER, account, day(1));
            repository.save(current);
        });
        assertTrue(db.inTransaction(em -> new JpaPostRepository(em).versionOf(post.id())).orElseThrow() > stored);

        stale.text = "Stale text";
        assertThrows(OptimisticLockException.class, () -> db.run(em -> em.merge(stale)));
        OfficialPost kept = load(post.id());
        assertEquals(PostStatus.SUBMITTED, kept.status());
        assertEquals(post.content(), kept.content());
    }
}
