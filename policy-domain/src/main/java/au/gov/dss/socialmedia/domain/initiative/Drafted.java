package au.gov.dss.socialmedia.domain.initiative;

import java.util.Objects;

/**
 * What {@link Initiative#draft} creates: the new initiative and the event that records it.
 *
 * @param initiative the new draft
 * @param event the event that records its drafting
 */
public record Drafted(Initiative initiative, InitiativeDrafted event) {

    /** Refuses missing parts. */
    public Drafted {
        Objects.requireNonNull(initiative, "initiative must not be null");
        Objects.requireNonNull(event, "event must not be null");
    }
}
