package au.gov.dss.socialmedia.admin.application;

import java.util.List;

/** Port: the authorisations list, paged and filtered in the database (implemented by the persistence adapter). */
public interface AuthorisationListing {

    /**
     * How many authorisations match the filter, counting no further than {@code atMost}: the answer is then
     * {@code atMost}, so that the cost stays bounded however many authorisations there are.
     */
    long count(AuthorisationFilter filter, long atMost);

    /** One page of the authorisations matching the filter, in the filter's order. */
    List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size);
}
