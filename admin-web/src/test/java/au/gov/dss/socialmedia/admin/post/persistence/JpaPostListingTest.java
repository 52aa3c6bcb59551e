package au.gov.dss.socialmedia.admin.post.persistence;

import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_COLLEAGUE;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;
import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.account.persistence.JpaAccountRepository;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.post.application.PostFilter;
import au.gov.dss.socialmedia.admin.post.application.PostRow;
import au.gov.dss.socialmedia.admin.testing.Findings;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.testing.PostFixture;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaPostListingTest {

    private final TestDatabase db = TestDatabase.fresh();
    private SocialMediaAccount news;
    private SocialMediaAccount other;
    private OfficialPost draft;
    private OfficialPost submitted;
    private OfficialPost editedBySomeoneElse;
    private OfficialPost scheduled;
    private OfficialPost speaksForHousing;

    @BeforeEach
    void department() {
        Staff.store(db);
        news = PostFixture.account("DSSnews");
        other = PostFixture.account("DSSother");
        db.run(em -> {
            new JpaAccountRepository(em).save(news);
            new JpaAccountRepository(em).save(other);
        });
        draft = PostFixture.Stage.TEXT_DRAFT.post(news, PostContent.text("Payments rise on 1 July"));
        submitted = PostFixture.Stage.SUBMITTED.post(news, PostContent.text("Rent Assistance explained"));
        editedBySomeoneElse = PostFixture.Stage.SUBMITTED.post(other, PostContent.text("Carers week events"));
        editedBySomeoneElse.edit(MANAGER, other, PostContent.text("Carers week events near you"),
                PostFixture.AUTHORITY, day(2));
        scheduled = PostFixture.Stage.SUBMITTED.post(news, PostContent.text("Helpline closed on Monday"));
        scheduled.approve(MANAGER, "", Findings.assessment(scheduled.content(), plusDays(2)), List.of(),
                plusDays(5), PostFixture.AUTHORITY, day(2));
        speaksForHousing = PostFixture.draft(news, new PostContent("Housing help for families", List.of(),
                List.of(), Set.of(PostFixture.HOUSING), List.of()));
        db.run(em -> Arrays.asList(draft, submitted, editedBySomeoneElse, scheduled, speaksForHousing)
                .forEach(new JpaPostRepository(em)::save));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<PostRow> rows(PostFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaPostListing(em).rows(filter, first, size));
    }

    private ListCount count(PostFilter filter) {
        return db.inTransaction(em -> new JpaPostListing(em).count(filter));
    }

    private static PostFilter status(String status) {
        return new PostFilter(null, null, status, null, null, null, null);
    }

    @Test
    void every_filter_counts_the_rows_it_lists() {
        LocalDate today = LocalDate.ofInstant(plusDays(0), ZoneId.of("Australia/Sydney"));
        List<PostFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "rent", "nothing like it"),
                        Arrays.asList(null, news.id().toString()),
                        Arrays.asList(null, "DRAFT", "AWAITING_CONSENT", "SUBMITTED", "SCHEDULED", "APPROVED"),
                        Arrays.asList(null, FAMILIES_OFFICER.id().value(), MANAGER.id().value()))).stream()
                .map(parts -> new PostFilter(parts.get(0), parts.get(1), parts.get(2), parts.get(3), null, null, null))
                .toList();
        ListingContract.countAgreesWithRows(filters, this::count, this::rows, PostRow::id);
        ListingContract.countAgreesWithRows(List.of(new PostFilter(null, null, null, null, today, today, null),
                new PostFilter(null, null, null, null, today.plusDays(1), null, null)), this::count, this::rows,
                PostRow::id);
    }

    @Test
    void an_approved_post_with_a_time_is_listed_as_scheduled_with_its_time() {
        List<PostRow> found = rows(status(PostFilter.SCHEDULED), 0, 10);
        assertEquals(List.of(scheduled.id().toString()), found.stream().map(PostRow::id).toList());
        assertEquals(PostFilter.SCHEDULED, found.get(0).status());
        assertEquals(plusDays(5), found.get(0).when());
        assertEquals("X (Twitter) @DSSnews", found.get(0).account());
    }

    @Test
    void a_draft_waiting_for_another_areas_consent_is_listed_as_such_and_not_as_a_plain_draft() {
        List<PostRow> waiting = rows(status(PostFilter.AWAITING_CONSENT), 0, 10);
        assertEquals(List.of(speaksForHousing.id().toString()), waiting.stream().map(PostRow::id).toList());
        assertEquals(PostFilter.AWAITING_CONSENT, waiting.get(0).status());
        assertEquals(List.of(draft.id().toString()), rows(status("DRAFT"), 0, 10).stream().map(PostRow::id)
                .toList());
    }

    @Test
    void the_review_queue_leaves_out_the_posts_the_reviewer_wrote_or_edited() {
        List<String> forManager = db.inTransaction(em -> new JpaPostListing(em).awaitingReview(
                MANAGER.id().value(), 10)).stream().map(Option::value).toList();
        assertEquals(List.of(submitted.id().toString()), forManager, "the manager edited the other one");
        List<String> forColleague = db.inTransaction(em -> new JpaPostListing(em).awaitingReview(
                FAMILIES_COLLEAGUE.id().value(), 10)).stream().map(Option::value).toList();
        assertEquals(Set.of(submitted.id().toString(), editedBySomeoneElse.id().toString()),
                Set.copyOf(forColleague));
    }

    @Test
    void a_draft_asks_the_consent_of_the_area_it_speaks_for_of_that_areas_people_only() {
        assertEquals(List.of(speaksForHousing.id().toString()), db.inTransaction(em -> new JpaPostListing(em)
                .askingConsentOf(PostFixture.HOUSING.code(), "H1", 10)).stream().map(Option::value).toList());
        assertEquals(List.of(), db.inTransaction(em -> new JpaPostListing(em)
                .askingConsentOf("FAM", "H1", 10)), "no post asks the Families Group");
        assertEquals(List.of(), db.inTransaction(em -> new JpaPostListing(em).askingConsentOf(
                PostFixture.HOUSING.code(), FAMILIES_OFFICER.id().value(), 10)), "nor its own writer");
    }

    @Test
    void a_scheduled_post_is_due_once_its_time_has_come() {
        assertEquals(List.of(), db.inTransaction(em -> new JpaPostListing(em).dueBy(plusDays(4), 10)));
        assertEquals(List.of(scheduled.id().toString()), db.inTransaction(em -> new JpaPostListing(em)
                .dueBy(plusDays(5), 10)));
    }
}
