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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "X_TWITTER | @DSSfamilies | https://x.com/DSSfamilies/status/1866000000000000000",
        "X_TWITTER | @DSSfamilies | https://twitter.com/dssfamilies/status/1",
        "FACEBOOK | https://www.facebook.com/DSSAustralia | https://www.facebook.com/DSSAustralia/posts/pfbid02x",
        "FACEBOOK | https://facebook.com/DSSAustralia | https://www.facebook.com/dssaustralia/videos/123",
        "INSTAGRAM | @dss_gov | https://www.instagram.com/p/C0dE_x-1",
        "LINKEDIN | https://www.linkedin.com/company/dss | https://www.linkedin.com/feed/update/urn:li:activity:71",
        "YOUTUBE | @DSSAustralia | https://youtu.be/dQw4w9WgXcQ",
        "BLOG | https://blog.dss.gov.au/families | https://blog.dss.gov.au/2026/12/payments-change"
    })
    void a_post_address_on_the_accounts_platform_and_under_its_handle_belongs_to_it(PlatformKind platform,
            String handle, String address) {
        assertEquals(java.util.Optional.empty(), AccountAddress.on(platform, handle).problemWithPostAddress(address));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "X_TWITTER | @DSSfamilies | https://x.com/OtherAgency/status/1 | https://x.com/DSSfamilies/status/",
        "X_TWITTER | @DSSfamilies | http://x.com/DSSfamilies/status/1 | https://",
        "FACEBOOK | https://www.facebook.com/DSSAustralia | https://www.facebook.com/OtherPage/posts/1 | under",
        "INSTAGRAM | @dss_gov | https://www.example.com/p/C0dE | instagram",
        "BLOG | https://blog.dss.gov.au/families | https://blog.example.com/2026/12/x | blog.dss.gov.au",
        "X_TWITTER | @DSSfamilies | not a url | URL"
    })
    void an_address_elsewhere_is_refused_saying_what_was_expected(PlatformKind platform, String handle,
            String address, String expected) {
        String problem = AccountAddress.on(platform, handle).problemWithPostAddress(address).orElseThrow();
        assertTrue(problem.contains(expected), problem);
    }
}
