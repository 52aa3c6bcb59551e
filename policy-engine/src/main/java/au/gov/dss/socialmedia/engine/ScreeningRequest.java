package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import java.util.List;
import java.util.Objects;

/**
 * What to screen: the text exactly as it will be (or was) published, where it is going, its media and, optionally,
 * what the caller knows about the author and the account.
 *
 * @param text the text as received; finding spans are {@code String} indices into it
 * @param channel where the content is going, which decides severities
 * @param media the media attached (empty for none)
 * @param context the domain's answers about author and account ({@link ScreeningContext#none()} for none)
 */
public record ScreeningRequest(String text, Channel channel, List<MediaItem> media, ScreeningContext context) {

    /** Refuses a missing text or channel; copies the media; no context means none. */
    public ScreeningRequest {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        media = media == null || media.isEmpty() ? List.of() : List.copyOf(media);
        context = context == null ? ScreeningContext.none() : context;
    }

    /** Text only, on the channel. */
    public static ScreeningRequest of(String text, Channel channel) {
        return new ScreeningRequest(text, channel, List.of(), ScreeningContext.none());
    }

    /** This request with the media. */
    public ScreeningRequest withMedia(List<MediaItem> items) {
        return new ScreeningRequest(text, channel, items, context);
    }

    /** This request with the context. */
    public ScreeningRequest withContext(ScreeningContext newContext) {
        return new ScreeningRequest(text, channel, media, newContext);
    }
}
