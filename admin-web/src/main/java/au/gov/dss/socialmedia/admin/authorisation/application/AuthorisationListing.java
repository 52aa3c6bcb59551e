package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import java.time.Instant;
import java.util.List;

/** Port: the register of authorisations, paged and filtered in the database (implemented by persistence). */
public interface AuthorisationListing {

    /** How many authorisations match the filter, exactly up to {@link ListCount#LIMIT}. */
    ListCount count(AuthorisationFilter filter);

    /** One page of the authorisations matching the filter, in the filter's order. */
    List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size);

    /**
     * The authorisations not revoked or expired whose period ends in [from, to), soonest first: at most
     * {@code max}.
     */
    List<AuthorisationLine> endingBetween(Instant from, Instant to, int max);

    /** The authorisations of the holder, newest first: at most {@code max}. */
    List<AuthorisationLine> ofHolder(String employeeNumber, int max);
}
