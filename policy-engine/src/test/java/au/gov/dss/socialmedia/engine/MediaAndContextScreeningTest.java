package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.engine;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MediaAndContextScreeningTest {

    private static ScreeningResult screen(List<MediaItem> media) {
        return engine().screen(ScreeningRequest.of("New resources for carers.", Channel.OFFICIAL_POST)
                .withMedia(media));
    }

    @Test
    void an_image_without_alt_text_is_an_accessibility_finding() {
        ScreeningResult result = screen(List.of(MediaItem.image(" ")));
        Finding finding = findings(result, Category.ACCESSIBILITY, "ALT_TEXT").get(0);
        assertEquals(PolicyClause.ACCESSIBILITY, finding.clause());
        assertTrue(finding.advice().startsWith("Media item 1 (IMAGE)"), finding.advice());
        assertEquals(0, finding.span().length());
    }

    @Test
    void an_image_with_alt_text_and_a_captioned_video_pass() {
        ScreeningResult result = screen(List.of(MediaItem.image("A carer and her son"), MediaItem.video(true)));
        assertEquals(List.of(), result.findings());
    }

    @Test
    void a_video_without_captions_is_an_accessibility_finding() {
        assertEquals(1, findings(screen(List.of(MediaItem.video(false))), Category.ACCESSIBILITY, "CAPTIONS").size());
    }

    @Test
    void media_whose_rights_are_not_cleared_blocks_and_unconfirmed_rights_call_for_review() {
        assertEquals(Outcome.BLOCK, screen(List.of(MediaItem.image("alt").withRightsCleared(false))).outcome());
        assertEquals(Outcome.REVIEW, screen(List.of(MediaItem.image("alt").withRightsCleared(null))).outcome());
    }

    @Test
    void departmental_branding_without_cmb_approval_blocks_and_with_it_passes() {
        ScreeningResult unapproved = screen(List.of(MediaItem.image("logo").withBranding(false)));
        Finding finding = findings(unapproved, Category.INTELLECTUAL_PROPERTY, "BRANDING").get(0);
        assertEquals(Severity.BLOCK, finding.severity());
        assertEquals(PolicyClause.PRINCIPLE_INTELLECTUAL_PROPERTY, finding.clause());
        assertEquals(Outcome.PASS, screen(List.of(MediaItem.image("logo").withBranding(true))).outcome());
    }

    @Test
    void media_rules_do_not_apply_to_public_comments() {
        ScreeningResult result = engine().screen(ScreeningRequest.of("nice", Channel.PUBLIC_COMMENT)
                .withMedia(List.of(MediaItem.image(null).withRightsCleared(false))));
        assertEquals(List.of(), result.findings());
    }

    @Test
    void an_author_without_authority_gets_a_finding_citing_the_refusals_clause_and_code() {
        Refusal refusal = new Refusal("NO_AUTHORISATION_FOR_ACCOUNT", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                "the employee holds no authorisation for this account");
        ScreeningResult result = engine().screen(ScreeningRequest.of("Hello", Channel.OFFICIAL_POST)
                .withContext(new ScreeningContext(new AuthorityAnswer.DoesNotHold(refusal), null, null)));
        Finding finding = findings(result, Category.AUTHORITY).get(0);
        assertEquals("NO_AUTHORISATION_FOR_ACCOUNT", finding.type());
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, finding.clause());
        assertTrue(finding.advice().startsWith("the employee holds no authorisation for this account"));
        assertEquals(Outcome.BLOCK, result.outcome());
    }

    @Test
    void an_author_who_holds_authority_gets_no_finding() {
        ScreeningResult result = engine().screen(ScreeningRequest.of("Hello", Channel.OFFICIAL_POST)
                .withContext(new ScreeningContext(new AuthorityAnswer.Holds(AuthorisationId.newId()),
                        Decision.allowed(), Decision.allowed())));
        assertEquals(List.of(), result.findings());
    }

    @Test
    void an_account_that_does_not_accept_posts_and_an_unapproved_initiative_are_findings() {
        ScreeningContext context = new ScreeningContext(null,
                Decision.refused("ACCOUNT_NOT_ACTIVE", PolicyClause.PRINCIPLE_ADMINISTRATION, "the account is SUSPENDED"),
                Decision.refused("INITIATIVE_NOT_APPROVED", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                        "the initiative is awaiting CMB approval"));
        ScreeningResult result = engine().screen(ScreeningRequest.of("Hello", Channel.OFFICIAL_POST)
                .withContext(context));
        assertEquals("ACCOUNT_NOT_ACTIVE", findings(result, Category.ACCOUNT_STATE).get(0).type());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                findings(result, Category.INITIATIVE_APPROVAL).get(0).clause());
    }
}
