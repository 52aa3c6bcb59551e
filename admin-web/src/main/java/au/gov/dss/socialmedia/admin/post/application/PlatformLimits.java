package au.gov.dss.socialmedia.admin.post.application;

import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.post.PlatformLength;
import au.gov.dss.socialmedia.domain.post.PostContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How long a post may be on each platform: the platform's own limit where the domain knows one (X, Instagram,
 * LinkedIn, Facebook), else the limit configured as {@code posts.text-limit.<platform>} (for example
 * {@code posts.text-limit.blog=5000}, or the environment variable {@code POSTS_TEXT_LIMIT_BLOG}), else the longest
 * post the department keeps. The counting is the domain's ({@link PlatformLength}).
 */
@ApplicationScoped
public class PlatformLimits {

    private final Map<PlatformKind, Integer> limits = new EnumMap<>(PlatformKind.class);

    /** For CDI's proxies. */
    protected PlatformLimits() {
    }

    /** The limits, read once from the configuration. */
    @Inject
    public PlatformLimits(Config config) {
        this(key -> config.getOptionalValue(key, Integer.class));
    }

    /** The limits, with those of platforms without their own from the settings (by key). */
    public PlatformLimits(Function<String, Optional<Integer>> settings) {
        for (PlatformKind platform : PlatformKind.values()) {
            int limit = PlatformLength.limitOf(platform).orElseGet(() -> settings.apply(
                    "posts.text-limit." + platform.name().toLowerCase(Locale.ROOT))
                    .filter(value -> value > 0 && value <= PostContent.MAX_TEXT).orElse(PostContent.MAX_TEXT));
            limits.put(platform, limit);
        }
    }

    /** The most characters a post may have on the platform. */
    public int limitOf(PlatformKind platform) {
        return limits.get(platform);
    }

    /** How many characters are left on the platform after the text, counted as it counts (negative when over). */
    public int left(PlatformKind platform, String text) {
        return limitOf(platform) - PlatformLength.count(platform, text == null ? "" : text);
    }

    /** Whether the text fits the platform. */
    public Decision fits(PlatformKind platform, String text) {
        return PlatformLength.fits(platform, text, limitOf(platform));
    }
}
