package au.gov.dss.socialmedia.admin.record.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import java.util.List;
import java.util.Optional;

/** Port: the records, as the records pages read them from the outbox (implemented by the persistence adapter). */
public interface RecordListing {

    /** How many records match the filter, exactly up to {@link ListCount#LIMIT}. */
    ListCount count(RecordFilter filter);

    /** One page of the records matching the filter, in its order. */
    List<RecordRow> rows(RecordFilter filter, int first, int size);

    /** The kind and id of the thing the record is about, when it has a page ({@code [ACCOUNT, id]}). */
    Optional<String[]> subjectOf(String recordId);
}
