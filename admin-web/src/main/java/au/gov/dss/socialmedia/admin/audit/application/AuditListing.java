package au.gov.dss.socialmedia.admin.audit.application;

import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import java.time.Instant;
import java.util.List;

/** Port: the audit trail as the auditors search it, paged in the database (implemented by persistence). */
public interface AuditListing {

    /** How many entries match, exactly up to {@link ListCount#LIMIT}. */
    ListCount count(AuditFilter filter, Instant from, Instant until);

    /** One page of the entries matching, in the filter's order. */
    List<AuditEntry> rows(AuditFilter filter, Instant from, Instant until, int first, int size);
}
