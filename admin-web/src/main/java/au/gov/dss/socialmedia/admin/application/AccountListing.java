package au.gov.dss.socialmedia.admin.application;

import java.util.List;
import java.util.Map;

/** Port: the accounts list, paged and filtered in the database (implemented by the persistence adapter). */
public interface AccountListing {

    /** How many accounts match the filter. */
    long count(AccountFilter filter);

    /** One page of the accounts matching the filter, in the filter's order. */
    List<AccountRow> rows(AccountFilter filter, int first, int size);

    /** How many accounts are in each state. */
    Map<String, Long> countByState();
}
