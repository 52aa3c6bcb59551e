package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an official post says and shows.
 *
 * @param text the text, 1 to {@value #MAX_TEXT} characters
 * @param media attached images, videos and audio
 * @param sources sources cited
 * @param speaksFor the other business areas whose business the post discusses
 * @param consents their consents (one per area at most)
 */
public record PostContent(String text, List<Media> media, List<Source> sources, Set<BusinessArea> speaksFor,
                          List<BusinessAreaConsent> consents) {

    /** The longest post text accepted (long-form blog posts included). */
    public static final int MAX_TEXT = 20_000;

    /** Refuses blank text, missing lists and two consents from the same area. */
    public PostContent {
        text = Text.required("post text", text, MAX_TEXT);
        media = List.copyOf(Objects.requireNonNull(media, "media must not be null"));
        sources = List.copyOf(Objects.requireNonNull(sources, "sources must not be null"));
        speaksFor = Set.copyOf(Objects.requireNonNull(speaksFor, "business areas spoken for must not be null"));
        consents = List.copyOf(Objects.requireNonNull(consents, "consents must not be null"));
        if (consents.stream().map(BusinessAreaConsent::area).distinct().count() != consents.size()) {
            throw new IllegalArgumentException("each business area may give consent once per post");
        }
    }

    /** Text only: no media, no sources, speaking for no other business area. */
    public static PostContent text(String text) {
        return new PostContent(text, List.of(), List.of(), Set.of(), List.of());
    }

    /**
     * The digest a compliance assessment of this content must carry: of the text alone when there is no media, else
     * of the text and every field of every media item, so that an assessment made before a media item was added,
     * removed or changed no longer clears the post. Sources and consents are not screened and do not count.
     */
    public ContentDigest digest() {
        if (media.isEmpty()) {
            return ContentDigest.of(text);
        }
        StringBuilder canonical = new StringBuilder(text);
        for (Media item : media) {
            canonical.append('\u0000').append(item.canonical());
        }
        return ContentDigest.of(canonical.toString());
    }

    /** The business areas spoken for (other than the account's own area and CMB) that gave no consent. */
    public Set<BusinessArea> areasWithoutConsent(BusinessArea accountOwner) {
        Set<BusinessArea> consented = consents.stream().map(BusinessAreaConsent::area).collect(Collectors.toSet());
        return speaksFor.stream()
                .filter(area -> !area.equals(accountOwner) && !area.isCmb() && !consented.contains(area))
                .collect(Collectors.toUnmodifiableSet());
    }
}
