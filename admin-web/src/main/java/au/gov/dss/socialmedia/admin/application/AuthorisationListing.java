package au.gov.dss.socialmedia.admin.application;

import java.time.Instant;
import java.util.List;

/** Port: the authorisations list, paged and filtered in the database (implemented by the persistence adapter). */
public interface AuthorisationListing {

    /**
     * How many authorisations match the filter, counting no further than {@code atMost}: the answer is then
     * {@code atMost}, so that the cost stays bounded however many authorisations there are.
     */
    long count(AuthorisationFilter filter, long atMost);

    /**
     * The authorisations not revoked or expired whose period ends in {@code [from, to)}, soonest first: at most
     * {@code max}, so that a panel of them costs the same however large the register grows.
     */
    List<AuthorisationLine> endingBetween(Instant from, Instant to, int max);

    /** One page of the authorisations matching the filter, in the filter's order. */
    List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size);
}
