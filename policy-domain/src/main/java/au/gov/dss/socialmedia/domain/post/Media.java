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
 */
public record Media(MediaKind kind, String description, String altText, boolean captioned, boolean rightsCleared,
                    boolean showsDepartmentalBranding) {

    /** Refuses a missing kind or a blank description. */
    public Media {
        Objects.requireNonNull(kind, "media kind must not be null");
        description = Text.required("media description", description, 500);
        altText = Text.optional("alt text", altText, 1000);
    }

    /** Whether a text alternative was written. */
    public boolean hasAltText() {
        return !altText.isEmpty();
    }
}
