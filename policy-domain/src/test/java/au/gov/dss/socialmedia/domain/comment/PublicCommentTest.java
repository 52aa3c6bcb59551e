package au.gov.dss.socialmedia.domain.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.comment.CommentEvent.CommentModerated;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.TestClock;
import au.gov.dss.socialmedia.domain.compliance.AssessmentFixture;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.testing.FakeAuthority;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublicCommentTest {

    private static final String QUESTION = "When do applications for the grant open?";
    private static final String WITH_PHONE = "My payment stopped, call me on 0412 345 678";

    private final AccountId account = AccountId.newId();
    private final Employee moderator = EmployeeFixture.cmbOfficer("C500");
    private final Employee responder = EmployeeFixture.familiesOfficer("F501");
    private final FakeAuthority authority = new FakeAuthority()
            .allow(moderator.id(), Activity.MODERATE, account)
            .allow(moderator.id(), Activity.RESPOND, account)
            .allow(responder.id(), Activity.RESPOND, account);
    private final TestClock clock = new TestClock();

    private PublicComment received(String text) {
        return PublicComment.receive(account, "fb-123", "Sam Public", text, TestClock.START.minusSeconds(60), clock)
                .comment();
    }

    private static CommandRefusedException refusedUnchanged(PublicComment comment, Consumer<PublicComment> command) {
        CommentSnapshot before = comment.snapshot();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> command.accept(comment));
        assertEquals(before, comment.snapshot(), "a refused command leaves the comment exactly as it was");
        return refused;
    }

    @Test
    void a_received_comment_is_recorded_as_received_and_visible() {
        PublicComment.Receipt receipt = PublicComment.receive(account, "fb-123", "Sam Public", QUESTION,
                TestClock.START, clock);
        assertEquals(CommentStatus.RECEIVED, receipt.comment().status());
        assertTrue(receipt.comment().isVisible());
        assertNull(receipt.event().actor(), "the public made it, not an employee");
        assertEquals(QUESTION, receipt.event().text());
    }

    @Test
    void an_employee_authorised_to_respond_replies_to_a_comment() {
        PublicComment comment = received(QUESTION);
        CommentModerated moderated = comment.moderate(responder,
                new ModerationDecision.Reply("Applications open on Monday 9 March."), authority, clock);
        assertEquals(CommentStatus.MODERATED, comment.status());
        assertEquals(responder.id(), comment.moderation().orElseThrow().moderator());
        assertTrue(comment.isVisible());
        assertEquals(QUESTION, moderated.text());
    }

    @Test
    void an_employee_authorised_only_to_respond_cannot_hide_a_comment() {
        CommandRefusedException refused = refusedUnchanged(received(QUESTION), c -> c.moderate(responder,
                new ModerationDecision.Hide(TermsOfUseGround.SPAM_OR_ADVERTISING), authority, clock));
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, refused.refusal().clause());
    }

    @Test
    void a_moderator_removes_an_abusive_comment_on_a_terms_of_use_ground() {
        PublicComment comment = received("You are all idiots");
        CommentModerated moderated = comment.moderate(moderator,
                new ModerationDecision.Remove(TermsOfUseGround.ABUSIVE_OR_OFFENSIVE), authority, clock);
        assertFalse(comment.isVisible());
        assertEquals(TermsOfUseGround.ABUSIVE_OR_OFFENSIVE,
                ((ModerationDecision.Remove) moderated.decision()).ground());
    }

    @Test
    void a_comment_with_personal_details_is_switched_to_another_channel_and_hidden() {
        PublicComment comment = received(WITH_PHONE);
        comment.recordScreening(AssessmentFixture.personalDetails(WITH_PHONE, Severity.WARN));
        for (ModerationDecision wrong : new ModerationDecision[] {
                new ModerationDecision.NoAction(),
                new ModerationDecision.Reply("Sorry to hear that"),
                new ModerationDecision.SwitchChannel(ContactChannel.TELEPHONE, "Please call us on 132 468", false)}) {
            CommandRefusedException refused = refusedUnchanged(comment, c -> c.moderate(moderator, wrong, authority,
                    clock));
            assertEquals("PERSONAL_DETAILS_MUST_SWITCH_CHANNEL", refused.code());
            assertEquals(PolicyClause.SWITCH_CHANNEL, refused.refusal().clause());
        }
        CommentModerated moderated = comment.moderate(moderator, new ModerationDecision.SwitchChannel(
                ContactChannel.DIRECT_MESSAGE, "We've sent you a direct message so we can help privately.", true),
                authority, clock);
        assertFalse(comment.isVisible(), "hidden to protect the commenter");
        assertTrue(moderated.assessment().findings().stream().anyMatch(f -> "PHONE".equals(f.type())));
    }

    @Test
    void a_comment_is_moderated_once() {
        PublicComment comment = received(QUESTION);
        comment.moderate(moderator, new ModerationDecision.NoAction(), authority, clock);
        CommandRefusedException refused = refusedUnchanged(comment, c -> c.moderate(moderator,
                new ModerationDecision.NoAction(), authority, clock));
        assertEquals("STATE_FORBIDS_ACTION", refused.code());
        assertTrue(refused.getMessage().contains("MODERATED"));
    }

    @Test
    void a_screening_of_other_text_cannot_be_recorded_against_a_comment() {
        PublicComment comment = received(QUESTION);
        assertEquals("ASSESSMENT_OF_OTHER_CONTENT", refusedUnchanged(comment,
                c -> c.recordScreening(AssessmentFixture.clean("other text"))).code());
    }

    @Test
    void a_switch_of_channel_needs_wording_and_removal_needs_a_ground() {
        assertThrows(IllegalArgumentException.class,
                () -> new ModerationDecision.SwitchChannel(ContactChannel.EMAIL, " ", true));
        assertThrows(NullPointerException.class, () -> new ModerationDecision.Remove(null));
    }

    @Test
    void a_comment_restored_from_its_snapshot_is_the_same_comment() {
        PublicComment comment = received(QUESTION);
        comment.moderate(moderator, new ModerationDecision.NoAction(), authority, clock);
        PublicComment restored = PublicComment.restore(comment.snapshot());
        assertEquals(comment.snapshot(), restored.snapshot());
        assertSame(CommentStatus.MODERATED, restored.status());
        CommentSnapshot s = comment.snapshot();
        assertThrows(IllegalArgumentException.class, () -> new CommentSnapshot(s.id(), s.accountId(),
                s.platformReference(), s.authorName(), s.text(), s.receivedAt(), CommentStatus.RECEIVED,
                s.assessment(), s.moderation()));
    }
}
