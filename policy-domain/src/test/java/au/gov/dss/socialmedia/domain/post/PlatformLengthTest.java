package au.gov.dss.socialmedia.domain.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Decision;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlatformLengthTest {

    @Test
    void x_counts_every_link_as_23_characters_whatever_its_length() {
        String link = "https://www.dss.gov.au/families-and-children/programs-services/family-support-program";
        assertEquals(6 + 23 + 1, PlatformLength.count(PlatformKind.X_TWITTER, "Apply " + link + "."));
        assertEquals(6 + 23, PlatformLength.count(PlatformKind.X_TWITTER, "Apply www.dss.gov.au"));
        assertEquals(("Apply " + link + ".").length(), PlatformLength.count(PlatformKind.FACEBOOK,
                "Apply " + link + "."), "other platforms count the link as typed");
    }

    @Test
    void characters_are_counted_as_people_see_them() {
        assertEquals(3, PlatformLength.count(PlatformKind.INSTAGRAM, "a\uD83D\uDE00b"), "an emoji is one");
    }

    @Test
    void each_named_platform_has_its_limit_and_the_others_none_of_their_own() {
        assertEquals(280, PlatformLength.limitOf(PlatformKind.X_TWITTER).orElseThrow());
        assertEquals(2_200, PlatformLength.limitOf(PlatformKind.INSTAGRAM).orElseThrow());
        assertEquals(3_000, PlatformLength.limitOf(PlatformKind.LINKEDIN).orElseThrow());
        assertEquals(63_206, PlatformLength.limitOf(PlatformKind.FACEBOOK).orElseThrow());
        assertTrue(PlatformLength.limitOf(PlatformKind.BLOG).isEmpty());
    }

    @Test
    void a_text_over_the_platforms_limit_is_refused_saying_by_how_much() {
        String text = "x".repeat(270) + " https://www.dss.gov.au";
        Decision decision = PlatformLength.fits(PlatformKind.X_TWITTER, text);
        CommandRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                CommandRefusedException.class, decision::orThrow);
        assertEquals("TEXT_TOO_LONG_FOR_PLATFORM", refused.code());
        assertTrue(refused.getMessage().contains("294 characters") && refused.getMessage().contains("by 14"),
                refused.getMessage());
        assertTrue(PlatformLength.fits(PlatformKind.LINKEDIN, text).isAllowed());
    }

    @Test
    void a_draft_longer_than_its_accounts_platform_allows_is_refused() {
        PostFixture world = new PostFixture();
        CommandRefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                CommandRefusedException.class, () -> OfficialPost.draft(world.author, world.account,
                        PostContent.text("y".repeat(281)), world.authority, world.clock));
        assertEquals("TEXT_TOO_LONG_FOR_PLATFORM", refused.code());
    }
}
