package au.gov.dss.socialmedia.domain.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountAddressTest {

    @ParameterizedTest
    @CsvSource({
        "X_TWITTER, @DSSgovau",
        "INSTAGRAM, @dss.gov.au",
        "YOUTUBE, @DSSAustralia",
        "FACEBOOK, https://www.facebook.com/DSSAustralia",
        "LINKEDIN, https://www.linkedin.com/company/department-of-social-services",
        "FLICKR, https://www.flickr.com/photos/dssgovau",
        "BLOG, https://engage.dss.gov.au/blog",
        "FORUM, https://forums.whirlpool.net.au/thread/123",
        "WIKI, https://en.wikipedia.org/wiki/Department_of_Social_Services",
        "INTERNAL_PLATFORM, https://staffnet.dss.gov.au/blogs/secretary"
    })
    void a_handle_or_url_of_the_platform_s_own_form_is_accepted(PlatformKind platform, String value) {
        assertDoesNotThrow(() -> AccountAddress.on(platform, value));
    }

    @ParameterizedTest
    @CsvSource({
        "X_TWITTER, DSSgovau, @handle",
        "X_TWITTER, @this_handle_is_far_too_long, @handle",
        "INSTAGRAM, @bad handle, @handle",
        "FACEBOOK, https://www.fakebook.com/DSSAustralia, facebook.com",
        "LINKEDIN, https://www.linkedin.com/in/a-person, linkedin.com/company",
        "BLOG, http://engage.dss.gov.au/blog, https://",
        "WIKI, https://user:pw@wiki.example.org/page, user name",
        "FLICKR, https://www.flickr.com/, flickr.com/photos"
    })
    void a_handle_or_url_not_valid_for_its_platform_is_refused_saying_what_is_expected(PlatformKind platform,
                                                                                     String value, String hint) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccountAddress.on(platform, value));
        assertTrue(e.getMessage().contains(hint), e.getMessage());
        assertTrue(e.getMessage().contains(platform.label()), e.getMessage());
    }

    @Test
    void another_platform_must_be_named_and_only_another_platform_may_be() {
        assertEquals("Mastodon", AccountAddress.onOther("Mastodon", "https://mastodon.social/@dss").platformName());
        assertThrows(IllegalArgumentException.class, () -> AccountAddress.onOther(" ", "https://example.org"));
        assertThrows(IllegalArgumentException.class,
                () -> new AccountAddress(PlatformKind.X_TWITTER, "Mastodon", "@dss"));
    }

    @Test
    void urls_are_normalised_so_the_same_page_is_the_same_address() {
        assertEquals(AccountAddress.on(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSAustralia"),
                AccountAddress.on(PlatformKind.FACEBOOK, "HTTPS://WWW.Facebook.com/DSSAustralia/"));
    }
}
