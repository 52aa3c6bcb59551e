package au.gov.dss.socialmedia.engine;

import java.util.Objects;

/**
 * A piece of media attached to a post, as far as screening needs to know it. Each {@code Boolean} is null when the
 * caller did not say (which the engine treats as "not confirmed").
 *
 * @param kind image, video or audio
 * @param altText the alternative text of an image, or null
 * @param captioned whether a video or audio has captions or a transcript, or null if not stated
 * @param rightsCleared whether the department holds the rights to use the media, or null if not stated
 * @param showsBranding whether the media shows departmental branding or logos
 * @param brandingApproved whether CMB approved that use of the branding, or null if not stated
 */
public record MediaItem(MediaKind kind, String altText, Boolean captioned, Boolean rightsCleared,
                        boolean showsBranding, Boolean brandingApproved) {

    /** Refuses a missing kind. */
    public MediaItem {
        Objects.requireNonNull(kind, "media kind must not be null");
    }

    /** An image with the given alternative text (null for none), whose rights are cleared and with no branding. */
    public static MediaItem image(String altText) {
        return new MediaItem(MediaKind.IMAGE, altText, null, true, false, null);
    }

    /** A video, captioned or not, whose rights are cleared and with no branding. */
    public static MediaItem video(boolean captioned) {
        return new MediaItem(MediaKind.VIDEO, null, captioned, true, false, null);
    }

    /** This item with its rights cleared or not. */
    public MediaItem withRightsCleared(Boolean cleared) {
        return new MediaItem(kind, altText, captioned, cleared, showsBranding, brandingApproved);
    }

    /** This item showing departmental branding, approved by CMB or not. */
    public MediaItem withBranding(Boolean approvedByCmb) {
        return new MediaItem(kind, altText, captioned, rightsCleared, true, approvedByCmb);
    }

    /** Whether the item has alternative text that is not blank. */
    public boolean hasAltText() {
        return altText != null && !altText.isBlank();
    }
}
