package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an official account lives: its platform and its handle or URL, validated for that platform.
 *
 * <table>
 *   <caption>What each platform accepts</caption>
 *   <tr><th>Platform</th><th>Accepted form</th></tr>
 *   <tr><td>X (Twitter)</td><td>{@code @handle}: 1-15 letters, digits or '_'</td></tr>
 *   <tr><td>Instagram</td><td>{@code @handle}: 1-30 letters, digits, '.' or '_'</td></tr>
 *   <tr><td>YouTube</td><td>{@code @handle}: 3-30 letters, digits, '.', '_' or '-'</td></tr>
 *   <tr><td>Facebook</td><td>{@code https://www.facebook.com/<page>}</td></tr>
 *   <tr><td>LinkedIn</td><td>{@code https://www.linkedin.com/company/<page>} or {@code /showcase/<page>}</td></tr>
 *   <tr><td>Flickr</td><td>{@code https://www.flickr.com/photos/<id>}</td></tr>
 *   <tr><td>Blog, forum, wiki, other</td><td>any {@code https://} URL with a host</td></tr>
 *   <tr><td>Internal platform</td><td>an {@code https://} URL (intranet hosts allowed)</td></tr>
 * </table>
 *
 * @param platform the platform
 * @param otherPlatformName the platform's name when {@code platform} is {@link PlatformKind#OTHER}, else empty
 * @param handleOrUrl the handle or URL, normalised (handles keep their '@'; URLs lose a trailing '/')
 */
public record AccountAddress(PlatformKind platform, String otherPlatformName, String handleOrUrl) {

    private static final Pattern X_HANDLE = Pattern.compile("@[A-Za-z0-9_]{1,15}");
    private static final Pattern INSTAGRAM_HANDLE = Pattern.compile("@[A-Za-z0-9._]{1,30}");
    private static final Pattern YOUTUBE_HANDLE = Pattern.compile("@[A-Za-z0-9._-]{3,30}");
    private static final Pattern FACEBOOK_PAGE =
            Pattern.compile("https://(www\\.)?facebook\\.com/[A-Za-z0-9.\\-]{5,80}");
    private static final Pattern LINKEDIN_PAGE =
            Pattern.compile("https://(www\\.)?linkedin\\.com/(company|showcase)/[A-Za-z0-9\\-]{2,100}");
    private static final Pattern FLICKR_PAGE =
            Pattern.compile("https://(www\\.)?flickr\\.com/photos/[A-Za-z0-9@_\\-]{2,100}");

    /** Refuses a handle or URL that is not valid for the platform. */
    public AccountAddress {
        Objects.requireNonNull(platform, "platform must not be null");
        if (platform == PlatformKind.OTHER) {
            otherPlatformName = Text.required("other platform name", otherPlatformName, 100);
        } else if (otherPlatformName != null && !otherPlatformName.isBlank()) {
            throw new IllegalArgumentException("a platform name may be given only for platform OTHER, not "
                    + platform);
        } else {
            otherPlatformName = "";
        }
        handleOrUrl = normalise(Text.required("handle or URL", handleOrUrl, 300));
        String problem = problemWith(platform, handleOrUrl);
        if (problem != null) {
            throw new IllegalArgumentException("'" + handleOrUrl + "' is not a valid " + platform.label()
                    + " address: " + problem);
        }
    }

    /** An address on a named platform (anything but {@link PlatformKind#OTHER}). */
    public static AccountAddress on(PlatformKind platform, String handleOrUrl) {
        return new AccountAddress(platform, "", handleOrUrl);
    }

    /** An address on a platform the catalogue does not name. */
    public static AccountAddress onOther(String platformName, String url) {
        return new AccountAddress(PlatformKind.OTHER, platformName, url);
    }

    /** The platform's name as people know it. */
    public String platformName() {
        return platform == PlatformKind.OTHER ? otherPlatformName : platform.label();
    }

    private static String normalise(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        if (trimmed.regionMatches(true, 0, "http", 0, 4)) {
            int hostStart = trimmed.indexOf("://") + 3;
            int pathStart = trimmed.indexOf('/', Math.max(hostStart, 3));
            if (hostStart >= 3 && pathStart > 0) {
                return trimmed.substring(0, pathStart).toLowerCase(Locale.ROOT) + trimmed.substring(pathStart);
            }
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return trimmed;
    }

    private static String problemWith(PlatformKind platform, String value) {
        return switch (platform) {
            case X_TWITTER -> X_HANDLE.matcher(value).matches() ? null
                    : "expected @handle of 1 to 15 letters, digits or '_'";
            case INSTAGRAM -> INSTAGRAM_HANDLE.matcher(value).matches() ? null
                    : "expected @handle of 1 to 30 letters, digits, '.' or '_'";
            case YOUTUBE -> YOUTUBE_HANDLE.matcher(value).matches() ? null
                    : "expected @handle of 3 to 30 letters, digits, '.', '_' or '-'";
            case FACEBOOK -> FACEBOOK_PAGE.matcher(value).matches() ? null
                    : "expected https://www.facebook.com/<page>";
            case LINKEDIN -> LINKEDIN_PAGE.matcher(value).matches() ? null
                    : "expected https://www.linkedin.com/company/<page>";
            case FLICKR -> FLICKR_PAGE.matcher(value).matches() ? null
                    : "expected https://www.flickr.com/photos/<id>";
            case BLOG, FORUM, WIKI, OTHER, INTERNAL_PLATFORM -> httpsUrlProblem(value);
        };
    }

    private static String httpsUrlProblem(String value) {
        try {
            URI uri = new URI(value);
            if (!"https".equals(uri.getScheme())) {
                return "expected an https:// URL";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return "the URL has no host";
            }
            if (uri.getUserInfo() != null) {
                return "the URL must not carry a user name or password";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a URL (" + e.getReason() + ")";
        }
    }

    /**
     * What is wrong with an address given for a post of this account, or empty when it is one: an https URL on the
     * account's platform and, where the platform's post addresses name the account, under its handle or page (X:
     * {@code https://x.com/<handle>/status/<n>}; Facebook, LinkedIn pages and Flickr: under the page's URL;
     * Instagram and YouTube: their post and video addresses; blogs, forums, wikis, internal and other platforms: on
     * the account's host).
     */
    public Optional<String> problemWithPostAddress(String address) {
        String problem = httpsUrlProblem(address);
        if (problem != null) {
            return Optional.of(problem);
        }
        URI uri = URI.create(address);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        boolean matches = switch (platform) {
            case X_TWITTER -> host.matches("(www\\.)?(x|twitter)\\.com")
                    && path.toLowerCase(Locale.ROOT).matches("/" + Pattern.quote(
                            handleOrUrl.substring(1).toLowerCase(Locale.ROOT)) + "/status/[0-9]{1,25}");
            case INSTAGRAM -> host.matches("(www\\.)?instagram\\.com")
                    && path.matches("(/[A-Za-z0-9._]+)?/(p|reel)/[A-Za-z0-9_-]+/?");
            case YOUTUBE -> host.matches("(www\\.|m\\.)?youtube\\.com")
                    && path.matches("/(watch|shorts/[A-Za-z0-9_-]+|post/[A-Za-z0-9_-]+)")
                    || host.equals("youtu.be") && path.matches("/[A-Za-z0-9_-]+");
            case FACEBOOK, LINKEDIN, FLICKR -> sameSite(host, URI.create(handleOrUrl).getHost())
                    && (path.toLowerCase(Locale.ROOT).startsWith(
                            URI.create(handleOrUrl).getPath().toLowerCase(Locale.ROOT) + "/")
                    || platform == PlatformKind.LINKEDIN && path.matches("/feed/update/urn:li:activity:[0-9]+/?"));
            case BLOG, FORUM, WIKI, OTHER, INTERNAL_PLATFORM -> sameSite(host, URI.create(handleOrUrl).getHost());
        };
        return matches ? Optional.empty() : Optional.of(switch (platform) {
            case X_TWITTER -> "expected https://x.com/" + handleOrUrl.substring(1) + "/status/<number>";
            case INSTAGRAM -> "expected https://www.instagram.com/p/<code>";
            case YOUTUBE -> "expected a YouTube address (https://www.youtube.com/watch?v=... or https://youtu.be/...)";
            case FACEBOOK, FLICKR -> "expected an address under " + handleOrUrl + "/";
            case LINKEDIN -> "expected an address under " + handleOrUrl + "/ or a LinkedIn feed update";
            case BLOG, FORUM, WIKI, OTHER, INTERNAL_PLATFORM -> "expected an address on "
                    + URI.create(handleOrUrl).getHost();
        });
    }

    private static boolean sameSite(String host, String accountHost) {
        return host.replaceFirst("^www\\.", "").equalsIgnoreCase(accountHost.replaceFirst("^www\\.", ""));
    }

    /** The address as people write it: the platform's name, then the handle or URL ({@code X (Twitter) @DSS}). */
    public String label() {
        return platformName() + " " + handleOrUrl;
    }

    @Override
    public String toString() {
        return label();
    }
}
