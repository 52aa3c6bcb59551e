package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import java.time.Instant;
import java.util.List;

/** Port: the register of authorisations, paged and filtered in the database (implemented by persistence). */
public interface AuthorisationListing extends ListSource<AuthorisationFilter, AuthorisationRow> {

    /**
     * The authorisations not revoked or expired whose period ends in [from, to), soonest first: at most
     * {@code max}.
     */
    List<AuthorisationLine> endingBetween(Instant from, Instant to, int max);

    /** The authorisations of the holder, newest first: at most {@code max}. */
    List<AuthorisationLine> ofHolder(String employeeNumber, int max);
}
