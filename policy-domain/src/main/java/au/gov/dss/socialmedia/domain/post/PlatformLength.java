package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a post's text is, counted as its platform counts it, and the platform's limit: X allows 280 characters
 * and counts every link as 23 whatever its length; Instagram allows 2,200, LinkedIn 3,000 and Facebook 63,206. Other
 * platforms have no limit of their own here (the app may configure one); every post stays within
 * {@link PostContent#MAX_TEXT}. Characters are counted as people see them (code points, so an emoji is one).
 */
public final class PlatformLength {

    /** What X counts a link as, whatever its length. */
    public static final int LINK_ON_X = 23;

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s]*[^\\s.,;:!?)\\]'\"]");

    private PlatformLength() {
    }

    /** The platform's own limit, if it has one the department knows. */
    public static OptionalInt limitOf(PlatformKind platform) {
        return switch (platform) {
            case X_TWITTER -> OptionalInt.of(280);
            case INSTAGRAM -> OptionalInt.of(2_200);
            case LINKEDIN -> OptionalInt.of(3_000);
            case FACEBOOK -> OptionalInt.of(63_206);
            default -> OptionalInt.empty();
        };
    }

    /** The length of the text as the platform counts it. */
    public static int count(PlatformKind platform, String text) {
        if (platform != PlatformKind.X_TWITTER) {
            return text.codePointCount(0, text.length());
        }
        int length = 0;
        int from = 0;
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            length += text.codePointCount(from, link.start()) + LINK_ON_X;
            from = link.end();
        }
        return length + text.codePointCount(from, text.length());
    }

    /** Whether the text fits the limit, counted as the platform counts it. */
    public static Decision fits(PlatformKind platform, String text, int limit) {
        int length = count(platform, text);
        if (length <= limit) {
            return Decision.allowed();
        }
        return Decision.refused("TEXT_TOO_LONG_FOR_PLATFORM", PolicyClause.PRINCIPLE_THINK_FIRST,
                "the text is " + length + " characters as " + platform.label() + " counts them"
                        + (platform == PlatformKind.X_TWITTER ? " (each link counts as " + LINK_ON_X + ")" : "")
                        + ", over its limit of " + limit + " by " + (length - limit));
    }

    /** Whether the text fits the platform's own limit (or the longest post the department keeps). */
    public static Decision fits(PlatformKind platform, String text) {
        return fits(platform, text, limitOf(platform).orElse(PostContent.MAX_TEXT));
    }
}
