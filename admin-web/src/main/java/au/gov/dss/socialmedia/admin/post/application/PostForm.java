package au.gov.dss.socialmedia.admin.post.application;

import java.io.Serializable;
import java.util.List;

/**
 * A post as its author writes it: the account (for a new post), the text, the media with what accessibility and
 * copyright need, the sources cited and the other business areas it speaks for.
 *
 * @param accountId the account it is for (ignored when editing: a post stays on its account)
 * @param text what it says
 * @param media its media items, in order
 * @param sources the sources it cites, in order
 * @param speaksFor the codes of the business areas it speaks for
 */
public record PostForm(String accountId, String text, List<MediaItem> media, List<SourceItem> sources,
                       List<String> speaksFor) implements Serializable {

    /** Copies the lists; none means empty. */
    public PostForm {
        media = media == null ? List.of() : List.copyOf(media);
        sources = sources == null ? List.of() : List.copyOf(sources);
        speaksFor = speaksFor == null ? List.of() : List.copyOf(speaksFor);
    }

    /**
     * A media item as typed.
     *
     * @param kind IMAGE, VIDEO or AUDIO
     * @param description what it shows
     * @param altText its text alternative
     * @param captioned whether a video or audio has captions or a transcript
     * @param rightsCleared whether the department may use it
     * @param showsBranding whether it shows the department's branding
     * @param brandingApproved whether CMB approved that use of the branding
     */
    public record MediaItem(String kind, String description, String altText, boolean captioned,
                            boolean rightsCleared, boolean showsBranding, boolean brandingApproved)
            implements Serializable {
    }

    /**
     * A source as typed.
     *
     * @param citation what it is
     * @param url where it is (may be empty)
     */
    public record SourceItem(String citation, String url) implements Serializable {
    }
}
