package au.gov.dss.socialmedia.admin.record.persistence;

import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.RecordTitles;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import au.gov.dss.socialmedia.admin.record.application.RecordFilter;
import au.gov.dss.socialmedia.admin.record.application.RecordListing;
import au.gov.dss.socialmedia.admin.record.application.RecordRow;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The records as the records pages read them, in SQL over the records outbox (the records adapter's table, migrated
 * with the app's): the filter is written once ({@link #query}) for the bounded count and the page.
 */
@Dependent
class JpaRecordListing extends SqlListing<RecordFilter, RecordRow> implements RecordListing {

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "o.occurred_at", "title", "o.title",
            "type", "o.record_type", "status", "o.status");
    private static final Sort NEWEST_FIRST = new Sort("occurredAt", false);


    /** A listing over the given entity manager. */
    @Inject
    JpaRecordListing(EntityManager em) {
        super(em, "o.event_id, o.record_type, o.title, o.occurred_at, o.status, o.attempts, o.last_error, o.captured_at", SORTABLE, NEWEST_FIRST, "o.event_id");
    }

    @Override
    protected ListQuery query(RecordFilter filter) {
        return ListQuery.from("record_outbox o")
                .containing(filter.text(), "o.title")
                .equal("o.status", filter.status())
                .equal("o.record_type", filter.type());
    }


    @Override
    protected List<RecordRow> read(List<Object[]> page) {
        return page.stream().map(row -> new RecordRow(Columns.text(row[0]), Columns.text(row[1]),
                RecordTitles.readable(Columns.text(row[2])), Columns.instant(row[3]), Columns.text(row[4]),
                (int) Columns.number(row[5]), Columns.text(row[6]), Columns.instant(row[7]))).toList();
    }

    @Override
    public Optional<Subject> subjectOf(String recordId) {
        List<?> rows = em().createNativeQuery("SELECT s.subject_kind, s.subject_id FROM record_subject s"
                + " WHERE s.record_id = ?").setParameter(1, UUID.fromString(recordId)).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> Subject.of(SubjectKind.valueOf(Columns.text(row[0])), Columns.text(row[1]), null))
                .findFirst();
    }
}
