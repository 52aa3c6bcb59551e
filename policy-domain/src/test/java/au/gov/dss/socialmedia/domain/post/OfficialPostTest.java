package au.gov.dss.socialmedia.domain.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.AccountFixture;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.AssessmentFixture;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostPublished;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OfficialPostTest {

    private static final BusinessArea HOUSING = new BusinessArea("HOUSING", "Housing Group");

    private final PostFixture world = new PostFixture();

    private static CommandRefusedException refusedUnchanged(OfficialPost post, Consumer<OfficialPost> command) {
        PostSnapshot before = post.snapshot();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> command.accept(post));
        assertEquals(before, post.snapshot(), "a refused command leaves the post exactly as it was");
        return refused;
    }

    @Test
    void an_authorised_employee_drafts_a_post_for_an_account() {
        OfficialPost.Draft draft = OfficialPost.draft(world.author, world.account,
                PostContent.text(PostFixture.TEXT), world.authority, world.clock);
        assertEquals(PostStatus.DRAFT, draft.post().status());
        assertEquals(world.author.id(), draft.event().actor());
        assertEquals(world.account.id(), draft.event().accountId());
        assertEquals(world.clock.instant(), draft.event().occurredAt());
    }

    @Test
    void an_employee_without_authority_for_the_account_cannot_draft_a_post_for_it() {
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> OfficialPost.draft(
                world.outsider, world.account, PostContent.text(PostFixture.TEXT), world.authority, world.clock));
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, refused.refusal().clause());
    }

    @Test
    void posting_to_an_internal_platform_needs_the_internal_platform_activity_not_publish() {
        SocialMediaAccount staffnet = AccountFixture.activeInternal();
        world.authority.allow(world.author.id(), Activity.PUBLISH, staffnet.id());
        assertThrows(CommandRefusedException.class, () -> OfficialPost.draft(world.author, staffnet,
                PostContent.text("Morning tea at 10"), world.authority, world.clock));
        world.authority.allow(world.author.id(), Activity.POST_TO_INTERNAL_PLATFORM, staffnet.id());
        assertEquals(PostStatus.DRAFT, OfficialPost.draft(world.author, staffnet,
                PostContent.text("Morning tea at 10"), world.authority, world.clock).post().status());
    }

    @Test
    void a_draft_is_submitted_for_review() {
        OfficialPost post = world.draft();
        assertEquals(world.author.id(), post.submit(world.author, world.account, world.clock).actor());
        assertEquals(PostStatus.SUBMITTED, post.status());
    }

    @Test
    void a_post_that_speaks_for_another_business_area_without_its_consent_cannot_be_submitted() {
        PostContent content = new PostContent(PostFixture.TEXT, List.of(), List.of(),
                Set.of(EmployeeFixture.FAMILIES, HOUSING), List.of());
        OfficialPost post = OfficialPost.draft(world.author, world.account, content, world.authority, world.clock)
                .post();
        CommandRefusedException refused = refusedUnchanged(post, p -> p.submit(world.author, world.account,
                world.clock));
        assertEquals("BUSINESS_AREA_CONSENT_MISSING", refused.code());
        assertEquals(PolicyClause.OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA, refused.refusal().clause());
        assertTrue(refused.getMessage().contains("Housing Group"), refused.getMessage());
        assertFalse(refused.getMessage().contains("Families Group"), "the account's own area needs no consent");
    }

    @Test
    void a_post_with_the_other_business_areas_consent_can_be_submitted() {
        BusinessArea housing = HOUSING;
        PostContent content = new PostContent(PostFixture.TEXT, List.of(), List.of(), Set.of(housing),
                List.of(new BusinessAreaConsent(housing, EmployeeId.of("H1"), LocalDate.of(2026, 3, 1), "OK")));
        OfficialPost post = OfficialPost.draft(world.author, world.account, content, world.authority, world.clock)
                .post();
        post.submit(world.author, world.account, world.clock);
        assertEquals(PostStatus.SUBMITTED, post.status());
    }

    @Test
    void nobody_approves_their_own_post() {
        world.authority.manager(world.author.id());
        CommandRefusedException refused = refusedUnchanged(world.submitted(),
                p -> p.approve(world.author, "",
                        AssessmentFixture.clean(PostFixture.TEXT), List.of(), null, world.authority, world.clock));
        assertEquals("NO_SELF_APPROVAL", refused.code());
    }

    @Test
    void an_employee_who_edited_a_post_cannot_approve_it() {
        OfficialPost post = world.draft();
        post.edit(world.reviewer, world.account, PostContent.text(PostFixture.TEXT + " Apply online."),
                world.authority, world.clock);
        post.submit(world.author, world.account, world.clock);
        assertEquals("NO_SELF_APPROVAL", refusedUnchanged(post,
                p -> p.approve(world.reviewer, "",
                        AssessmentFixture.clean(PostFixture.TEXT), List.of(), null, world.authority, world.clock)).code());
    }

    @Test
    void only_a_current_communication_account_manager_reviews_a_post() {
        CommandRefusedException refused = refusedUnchanged(world.submitted(),
                p -> p.approve(world.publisher, "",
                        AssessmentFixture.clean(PostFixture.TEXT), List.of(), null, world.authority, world.clock));
        assertEquals("REVIEWER_NOT_ACCOUNT_MANAGER", refused.code());
        assertEquals("REVIEWER_NOT_ACCOUNT_MANAGER", refusedUnchanged(world.submitted(),
                p -> p.reject(world.publisher, "No", world.authority, world.clock)).code());
    }

    @Test
    void a_reviewer_approves_a_submitted_post() {
        OfficialPost post = world.submitted();
        assertEquals("Fine", post.approve(world.reviewer, "Fine",
                AssessmentFixture.clean(PostFixture.TEXT), List.of(), null, world.authority, world.clock).note());
        assertEquals(PostStatus.APPROVED, post.status());
        assertEquals(world.reviewer.id(), post.approval().orElseThrow().approver());
    }

    @Test
    void a_rejection_carries_its_reason_and_an_edit_makes_the_post_a_draft_again() {
        OfficialPost post = world.rejected();
        assertEquals("Check the date", post.rejectionReason().orElseThrow());
        post.edit(world.author, world.account, PostContent.text("Applications open on Monday 16 March."),
                world.authority, world.clock);
        assertEquals(PostStatus.DRAFT, post.status());
        assertTrue(post.rejectionReason().isEmpty());
    }

    @Test
    void a_rejection_needs_a_reason() {
        OfficialPost post = world.submitted();
        assertThrows(IllegalArgumentException.class, () -> post.reject(world.reviewer, " ", world.authority,
                world.clock));
        assertEquals(PostStatus.SUBMITTED, post.status());
    }

    @Test
    void an_edit_after_approval_sends_the_post_back_to_review() {
        OfficialPost post = world.approved();
        PostEvent.PostEdited edited = post.edit(world.author, world.account,
                PostContent.text("Applications open on Monday 16 March."), world.authority, world.clock);
        assertEquals(PostStatus.APPROVED, edited.previousStatus());
        assertEquals(PostStatus.SUBMITTED, post.status());
        assertTrue(post.approval().isEmpty(), "the approval was of the old content");
    }

    @Test
    void an_approved_post_is_published_with_a_clean_assessment_by_an_authorised_publisher() {
        OfficialPost post = world.approved();
        PostPublished published = post.publish(world.publisher, world.account,
                AssessmentFixture.clean(PostFixture.TEXT), null, world.authority, world.clock);
        assertEquals(PostStatus.PUBLISHED, post.status());
        assertEquals(PostFixture.TEXT, published.content().text());
        assertEquals(world.reviewer.id(), published.approval().approver());
        assertEquals(world.author.id(), published.author());
        assertEquals(AssessmentFixture.VERSION, published.assessment().policyVersion());
        assertEquals(world.clock.instant(), post.publishedAt().orElseThrow());
    }

    @Test
    void warnings_in_the_assessment_do_not_stop_publication() {
        OfficialPost post = world.approved();
        post.publish(world.publisher, world.account, AssessmentFixture.warning(PostFixture.TEXT), null, world.authority,
                world.clock);
        assertEquals(PostStatus.PUBLISHED, post.status());
    }

    @Test
    void a_post_with_a_blocking_finding_cannot_be_published() {
        CommandRefusedException refused = refusedUnchanged(world.approved(), p -> p.publish(world.publisher,
                world.account, AssessmentFixture.personalDetails(PostFixture.TEXT, Severity.BLOCK), null, world.authority,
                world.clock));
        assertEquals("BLOCKING_FINDING", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_PRIVACY, refused.refusal().clause(), "cites the finding's clause");
    }

    @Test
    void an_assessment_of_other_content_cannot_clear_a_post() {
        assertEquals("ASSESSMENT_OF_OTHER_CONTENT", refusedUnchanged(world.approved(), p -> p.publish(
                world.publisher, world.account, AssessmentFixture.clean("Something else"), null, world.authority,
                world.clock)).code());
    }

    @Test
    void a_post_is_not_published_without_an_assessment() {
        assertEquals("COMPLIANCE_ASSESSMENT_MISSING", refusedUnchanged(world.approved(), p -> p.publish(
                world.publisher, world.account, null, null, world.authority, world.clock)).code());
    }

    @Test
    void a_post_is_published_only_by_someone_authorised_for_that_account_at_that_moment() {
        OfficialPost post = world.approved();
        world.authority.revokeAll(world.publisher.id());
        CommandRefusedException refused = refusedUnchanged(post, p -> p.publish(world.publisher, world.account,
                AssessmentFixture.clean(PostFixture.TEXT), null, world.authority, world.clock));
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, refused.refusal().clause());
    }

    @ParameterizedTest
    @EnumSource(value = AccountState.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void a_post_is_published_only_to_an_active_account(AccountState state) {
        SocialMediaAccount account = AccountFixture.inState(state, InitiativeId.newId());
        world.authority.allow(world.publisher.id(), Activity.PUBLISH, account.id());
        OfficialPost approved = world.approved();
        PostSnapshot s = approved.snapshot();
        OfficialPost onAccount = OfficialPost.restore(new PostSnapshot(s.id(), account.id(), s.author(),
                s.draftedAt(), s.contributors(), s.content(), s.status(), s.approval(), null, null, null, null));
        CommandRefusedException refused = refusedUnchanged(onAccount, p -> p.publish(world.publisher, account,
                AssessmentFixture.clean(PostFixture.TEXT), null, world.authority, world.clock));
        assertEquals("ACCOUNT_NOT_ACTIVE", refused.code());
        assertTrue(refused.getMessage().contains(state.name()), refused.getMessage());
    }

    @Test
    void a_post_cannot_be_published_to_another_account_than_the_one_it_was_written_for() {
        assertEquals("POST_FOR_OTHER_ACCOUNT", refusedUnchanged(world.approved(), p -> p.publish(world.publisher,
                AccountFixture.active(), AssessmentFixture.clean(PostFixture.TEXT), null, world.authority, world.clock))
                .code());
    }

    @ParameterizedTest
    @EnumSource(value = PostStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void only_an_approved_post_is_published(PostStatus status) {
        CommandRefusedException refused = refusedUnchanged(world.inStatus(status), p -> p.publish(world.publisher,
                world.account, AssessmentFixture.clean(PostFixture.TEXT), null, world.authority, world.clock));
        assertEquals("STATE_FORBIDS_ACTION", refused.code());
        assertTrue(refused.getMessage().contains("that is " + status.name()), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = PostStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void only_a_submitted_post_is_approved_or_rejected(PostStatus status) {
        OfficialPost post = world.inStatus(status);
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(post,
                p -> p.approve(world.reviewer, "",
                        AssessmentFixture.clean(PostFixture.TEXT), List.of(), null, world.authority, world.clock)).code());
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(post,
                p -> p.reject(world.reviewer, "No", world.authority, world.clock)).code());
    }

    @ParameterizedTest
    @EnumSource(value = PostStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void only_a_draft_is_submitted(PostStatus status) {
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(world.inStatus(status),
                p -> p.submit(world.author, world.account, world.clock)).code());
    }

    @ParameterizedTest
    @EnumSource(value = PostStatus.class, names = {"PUBLISHED", "WITHDRAWN"})
    void a_published_or_withdrawn_post_cannot_be_edited(PostStatus status) {
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(world.inStatus(status), p -> p.edit(world.author,
                world.account, PostContent.text("Changed"), world.authority, world.clock)).code());
    }

    @Test
    void the_author_may_withdraw_an_unpublished_post() {
        OfficialPost post = world.submitted();
        assertEquals(PostStatus.SUBMITTED, post.withdraw(world.author, world.account, "Plans changed",
                world.authority, world.clock).previousStatus());
        assertEquals(PostStatus.WITHDRAWN, post.status());
    }

    @Test
    void a_published_post_is_taken_down_only_by_someone_authorised_for_the_account() {
        OfficialPost post = world.published();
        world.authority.revokeAll(world.author.id());
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, refusedUnchanged(post, p -> p.withdraw(world.author,
                world.account, "Error", world.authority, world.clock)).refusal().clause());
        post.withdraw(world.publisher, world.account, "Date was wrong", world.authority, world.clock);
        assertEquals(PostStatus.WITHDRAWN, post.status());
        assertTrue(post.publishedWith().isPresent(), "the record of publication stays");
    }

    @Test
    void a_withdrawn_post_cannot_be_withdrawn_again() {
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(world.withdrawn(), p -> p.withdraw(world.author,
                world.account, "Again", world.authority, world.clock)).code());
    }

    @Test
    void a_post_restored_from_its_snapshot_is_the_same_post() {
        OfficialPost post = world.published();
        assertEquals(post.snapshot(), OfficialPost.restore(post.snapshot()).snapshot());
    }

    @Test
    void a_snapshot_that_could_not_have_been_reached_is_refused() {
        PostSnapshot published = world.published().snapshot();
        assertThrows(IllegalArgumentException.class, () -> new PostSnapshot(published.id(), published.accountId(),
                published.author(), published.draftedAt(), published.contributors(), published.content(),
                PostStatus.PUBLISHED, null, null, published.publishedWith(), published.publishedAt(), null));
        assertThrows(IllegalArgumentException.class, () -> new PostSnapshot(published.id(), published.accountId(),
                published.author(), published.draftedAt(), Set.of(EmployeeId.of("OTHER")), published.content(),
                PostStatus.DRAFT, null, null, null, null, null));
    }

    @Test
    void media_keep_what_accessibility_and_copyright_need() {
        Media image = new Media(MediaKind.IMAGE, "Minister at the launch", "", false, true, true);
        assertFalse(image.hasAltText());
        assertSame(MediaKind.IMAGE, image.kind());
        assertThrows(IllegalArgumentException.class, () -> new Source("ABS", "ftp://abs.gov.au"));
    }

    @Test
    void a_post_with_a_blocking_finding_cannot_be_approved() {
        CommandRefusedException refused = refusedUnchanged(world.submitted(), p -> p.approve(world.reviewer, "",
                AssessmentFixture.personalDetails(PostFixture.TEXT, Severity.BLOCK), List.of(), null, world.authority,
                world.clock));
        assertEquals("BLOCKING_FINDING", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_PRIVACY, refused.refusal().clause());
    }

    @Test
    void a_post_is_approved_only_with_an_assessment_of_its_content_as_it_is() {
        assertEquals("ASSESSMENT_OF_OTHER_CONTENT", refusedUnchanged(world.submitted(), p -> p.approve(
                world.reviewer, "", AssessmentFixture.clean("Something else"), List.of(), null, world.authority,
                world.clock)).code());
        assertEquals("COMPLIANCE_ASSESSMENT_MISSING", refusedUnchanged(world.submitted(), p -> p.approve(
                world.reviewer, "", null, List.of(), null, world.authority, world.clock)).code());
    }

    @Test
    void each_finding_calling_for_review_is_acknowledged_one_by_one_and_kept_with_the_approval() {
        ComplianceAssessment warned = AssessmentFixture.warning(PostFixture.TEXT);
        CommandRefusedException refused = refusedUnchanged(world.submitted(), p -> p.approve(world.reviewer, "",
                warned, List.of(), null, world.authority, world.clock));
        assertEquals("FINDING_NOT_ACKNOWLEDGED", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_ACCURACY, refused.refusal().clause());
        assertTrue(refused.getMessage().contains("uncited claim"), refused.getMessage());

        OfficialPost post = world.submitted();
        PostEvent.PostApproved approved = post.approve(world.reviewer, "Source is the budget paper", warned,
                warned.findings(), null, world.authority, world.clock);
        assertEquals(warned.findings(), approved.acknowledged());
        assertEquals(warned.findings(), post.approval().orElseThrow().acknowledged());
    }

    @Test
    void an_assessment_made_before_the_media_changed_no_longer_clears_the_post() {
        Media image = new Media(MediaKind.IMAGE, "A family at the kitchen table", "Parent reading", false, true,
                false);
        PostContent withImage = new PostContent(PostFixture.TEXT, List.of(image), List.of(), Set.of(), List.of());
        PostContent rightsUnconfirmed = new PostContent(PostFixture.TEXT, List.of(new Media(MediaKind.IMAGE,
                "A family at the kitchen table", "Parent reading", false, false, false)), List.of(), Set.of(),
                List.of());
        assertTrue(!withImage.digest().equals(PostContent.text(PostFixture.TEXT).digest()),
                "media count in the digest");
        assertTrue(!withImage.digest().equals(rightsUnconfirmed.digest()), "every field of an item counts");
        assertEquals(withImage.digest(), new PostContent(PostFixture.TEXT, List.of(image), List.of(), Set.of(),
                List.of()).digest(), "the same content has the same digest");

        OfficialPost post = world.draft();
        post.edit(world.author, world.account, withImage, world.authority, world.clock);
        post.submit(world.author, world.account, world.clock);
        assertEquals("ASSESSMENT_OF_OTHER_CONTENT", refusedUnchanged(post, p -> p.approve(world.reviewer, "",
                AssessmentFixture.clean(PostFixture.TEXT), List.of(), null, world.authority, world.clock)).code(),
                "an assessment of the text alone does not cover its image");
    }

    @Test
    void a_review_keeps_the_text_it_saw_for_the_next_reviewer_to_compare() {
        OfficialPost post = world.rejected();
        assertEquals(PostFixture.TEXT, post.reviewedText().orElseThrow());
        post.edit(world.author, world.account, PostContent.text("Applications open on Monday 16 March."),
                world.authority, world.clock);
        assertEquals(PostFixture.TEXT, post.reviewedText().orElseThrow(), "the edit does not change what was seen");
        assertTrue(world.submitted().reviewedText().isEmpty(), "never reviewed");
    }

    @Test
    void a_scheduled_post_publishes_itself_at_its_time_for_its_author_when_every_rule_holds() {
        OfficialPost post = scheduledInOneHour();
        world.clock.advance(Duration.ofHours(1));
        PostEvent event = post.publishScheduled(world.account, AssessmentFixture.clean(PostFixture.TEXT),
                world.authority, world.clock);
        PostPublished published = assertInstanceOf(PostPublished.class, event);
        assertEquals(world.author.id(), published.actor());
        assertEquals(PostStatus.PUBLISHED, post.status());
        assertTrue(post.publishedAddress().isEmpty(), "the address is recorded later");
    }

    @Test
    void a_scheduled_post_is_not_published_before_its_time() {
        OfficialPost post = scheduledInOneHour();
        assertEquals("NOT_DUE", refusedUnchanged(post, p -> p.publishScheduled(world.account,
                AssessmentFixture.clean(PostFixture.TEXT), world.authority, world.clock)).code());
    }

    @Test
    void a_scheduled_post_whose_authors_authority_was_revoked_is_not_published_and_keeps_why() {
        OfficialPost post = scheduledInOneHour();
        world.authority.revokeAll(world.author.id());
        world.clock.advance(Duration.ofHours(2));
        PostEvent event = post.publishScheduled(world.account, AssessmentFixture.clean(PostFixture.TEXT),
                world.authority, world.clock);
        PostEvent.PostPublicationRefused refused = assertInstanceOf(PostEvent.PostPublicationRefused.class, event);
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, refused.refusal().clause());
        assertEquals(PostStatus.APPROVED, post.status());
        assertFalse(post.approval().orElseThrow().isScheduled(), "it is not tried again by itself");
        assertTrue(post.publicationRefusal().orElseThrow().contains(PolicyClause.OFFICIAL_USE_AUTHORISATION.id()),
                post.publicationRefusal().orElseThrow());
        assertEquals(post.snapshot(), OfficialPost.restore(post.snapshot()).snapshot());
    }

    @Test
    void a_publication_time_is_after_the_approval() {
        assertEquals("PUBLICATION_TIME_PAST", refusedUnchanged(world.submitted(), p -> p.approve(world.reviewer,
                "", AssessmentFixture.clean(PostFixture.TEXT), List.of(), world.clock.instant(), world.authority,
                world.clock)).code());
    }

    @Test
    void a_published_post_lives_at_an_address_of_its_own_account() {
        OfficialPost post = world.approved();
        String elsewhere = "https://x.com/SomeoneElse/status/1866000000000000000";
        CommandRefusedException refused = refusedUnchanged(post, p -> p.publish(world.publisher, world.account,
                AssessmentFixture.clean(PostFixture.TEXT), elsewhere, world.authority, world.clock));
        assertEquals("POST_ADDRESS_NOT_OF_ACCOUNT", refused.code());
        assertTrue(refused.getMessage().contains("https://x.com/DSSfamilies/status/"), refused.getMessage());

        String own = "https://x.com/dssfamilies/status/1866000000000000000";
        assertEquals(own, post.publish(world.publisher, world.account, AssessmentFixture.clean(PostFixture.TEXT),
                own, world.authority, world.clock).address());
        String corrected = "https://twitter.com/DSSfamilies/status/1866000000000000001";
        post.recordAddress(world.publisher, world.account, corrected, world.authority, world.clock);
        assertEquals(corrected, post.publishedAddress().orElseThrow());
        assertEquals("POST_ADDRESS_NOT_OF_ACCOUNT", refusedUnchanged(post, p -> p.recordAddress(world.publisher,
                world.account, elsewhere, world.authority, world.clock)).code());
    }

    @Test
    void an_employee_of_the_area_gives_its_consent_with_advice_and_the_draft_may_then_be_submitted() {
        OfficialPost post = speakingForHousing();
        Employee housingOfficer = EmployeeFixture.employee("H501", "Kim Walker", HOUSING);
        PostEvent.PostConsentGiven given = post.giveConsent(housingOfficer, world.account, HOUSING,
                "Say 'eligible renters'", world.clock);
        assertEquals(HOUSING, given.area());
        assertEquals(List.of(HOUSING), post.content().consents().stream().map(BusinessAreaConsent::area).toList());
        assertEquals("Say 'eligible renters'", post.content().consents().get(0).advice());
        post.submit(world.author, world.account, world.clock);
        assertEquals(PostStatus.SUBMITTED, post.status());
    }

    @Test
    void nobody_answers_for_an_area_they_do_not_work_in_nor_for_a_post_they_wrote() {
        OfficialPost post = speakingForHousing();
        assertEquals("NOT_OF_THE_AREA", refusedUnchanged(post, p -> p.giveConsent(world.outsider, world.account,
                HOUSING, "", world.clock)).code());
        Employee housingWriter = EmployeeFixture.employee("H502", "Sam Housing", HOUSING);
        world.authority.allow(housingWriter.id(), Activity.PUBLISH, world.account.id());
        post.edit(housingWriter, world.account, post.content(), world.authority, world.clock);
        assertEquals("NO_SELF_CONSENT", refusedUnchanged(post, p -> p.giveConsent(housingWriter, world.account,
                HOUSING, "", world.clock)).code());
        assertEquals("CONSENT_NOT_ASKED", refusedUnchanged(post, p -> p.giveConsent(world.outsider,
                world.account, EmployeeFixture.FAMILIES, "", world.clock)).code(), "its own area is not asked");
    }

    @Test
    void a_refusal_stops_submission_until_the_post_changes_and_says_why() {
        OfficialPost post = speakingForHousing();
        Employee housingOfficer = EmployeeFixture.employee("H501", "Kim Walker", HOUSING);
        post.refuseConsent(housingOfficer, world.account, HOUSING, "We announce this ourselves next week",
                world.clock);
        assertEquals("We announce this ourselves next week", post.consentRefusals().get(0).note());
        assertEquals("BUSINESS_AREA_CONSENT_MISSING", refusedUnchanged(post, p -> p.submit(world.author,
                world.account, world.clock)).code());
        assertEquals("CONSENT_ALREADY_REFUSED", refusedUnchanged(post, p -> p.giveConsent(housingOfficer,
                world.account, HOUSING, "", world.clock)).code());
        assertThrows(IllegalArgumentException.class, () -> speakingForHousing().refuseConsent(housingOfficer,
                world.account, HOUSING, " ", world.clock), "a refusal says why");
        post.edit(world.author, world.account, post.content(), world.authority, world.clock);
        assertTrue(post.consentRefusals().isEmpty(), "the changed post may be asked again");
        assertEquals(post.snapshot(), OfficialPost.restore(post.snapshot()).snapshot());
    }

    private OfficialPost speakingForHousing() {
        return OfficialPost.draft(world.author, world.account, new PostContent(PostFixture.TEXT, List.of(),
                List.of(), Set.of(HOUSING), List.of()), world.authority, world.clock).post();
    }

    private OfficialPost scheduledInOneHour() {
        OfficialPost post = world.submitted();
        post.approve(world.reviewer, "For the morning", AssessmentFixture.clean(PostFixture.TEXT), List.of(),
                world.clock.instant().plus(Duration.ofHours(1)), world.authority, world.clock);
        assertTrue(post.approval().orElseThrow().isScheduled());
        return post;
    }
}
