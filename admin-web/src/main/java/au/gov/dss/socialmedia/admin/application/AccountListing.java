package au.gov.dss.socialmedia.admin.application;

import java.util.List;
import java.util.Map;

/** Port: the accounts list, paged and filtered in the database (implemented by the persistence adapter). */
public interface AccountListing {

    /**
     * How many accounts match the filter, counting no further than {@code atMost}: the answer is then
     * {@code atMost}, so that the cost stays bounded however many accounts there are.
     */
    long count(AccountFilter filter, long atMost);

    /** One page of the accounts matching the filter, in the filter's order. */
    List<AccountRow> rows(AccountFilter filter, int first, int size);

    /** How many accounts are in each state. */
    Map<String, Long> countByState();
}
