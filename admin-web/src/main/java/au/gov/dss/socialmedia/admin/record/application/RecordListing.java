package au.gov.dss.socialmedia.admin.record.application;

import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import java.util.List;
import java.util.Optional;

/** Port: the records, as the records pages read them from the outbox (implemented by the persistence adapter). */
public interface RecordListing extends ListSource<RecordFilter, RecordRow> {

    /** The kind and id of the thing the record is about, when it has a page ({@code [ACCOUNT, id]}). */
    Optional<Subject> subjectOf(String recordId);
}
