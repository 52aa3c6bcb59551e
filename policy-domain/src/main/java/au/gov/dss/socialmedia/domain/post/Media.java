package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.Text;
import java.util.Objects;

/**
 * An item of media attached to an official post, with what accessibility and intellectual property need to know.
 *
 * @param kind image, video or audio
 * @param description what it shows, for the record, 1 to 500 characters
 * @param altText the text alternative (empty when none was written)
 * @param captioned whether a video or audio item has captions or a transcript
 * @param rightsCleared whether the department owns it or has permission to use it
 * @param showsDepartmentalBranding whether it shows the department's branding or logo (needs CMB approval)
 * @param brandingApproved whether CMB approved that use of the branding
 */
public record Media(MediaKind kind, String description, String altText, boolean captioned, boolean rightsCleared,
                    boolean showsDepartmentalBranding, boolean brandingApproved) {

    /** Refuses a missing kind or a blank description. */
    public Media {
        Objects.requireNonNull(kind, "media kind must not be null");
        description = Text.required("media description", description, 500);
        altText = Text.optional("alt text", altText, 1000);
    }

    /** An item whose branding, if shown, is not (yet) approved. */
    public Media(MediaKind kind, String description, String altText, boolean captioned, boolean rightsCleared,
                 boolean showsDepartmentalBranding) {
        this(kind, description, altText, captioned, rightsCleared, showsDepartmentalBranding, false);
    }

    /** How the item enters the content digest: every field, in order, each on its own line. */
    String canonical() {
        return String.join("\n", kind.name(), description, altText, Boolean.toString(captioned),
                Boolean.toString(rightsCleared), Boolean.toString(showsDepartmentalBranding),
                Boolean.toString(brandingApproved));
    }

    /** Whether a text alternative was written. */
    public boolean hasAltText() {
        return !altText.isEmpty();
    }
}
