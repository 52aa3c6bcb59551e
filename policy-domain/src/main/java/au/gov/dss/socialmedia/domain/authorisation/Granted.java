package au.gov.dss.socialmedia.domain.authorisation;

import java.util.Objects;

/**
 * The result of {@link Authorisation#grant granting}: the new authorisation and the event that records it.
 *
 * @param authorisation the authorisation granted
 * @param event the event to archive
 */
public record Granted(Authorisation authorisation, AuthorisationGranted event) {

    /** Refuses missing parts. */
    public Granted {
        Objects.requireNonNull(authorisation, "authorisation must not be null");
        Objects.requireNonNull(event, "event must not be null");
    }
}
