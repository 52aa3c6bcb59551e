package au.gov.dss.socialmedia.admin.record.web;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.record.application.RecordCounts;
import au.gov.dss.socialmedia.admin.record.application.RecordFilter;
import au.gov.dss.socialmedia.admin.record.application.RecordQueries;
import au.gov.dss.socialmedia.admin.record.application.RecordRow;
import au.gov.dss.socialmedia.admin.web.ListPage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The records (records officers, auditors): how many are pending, failed and captured, and the list filtered by
 * title, status and type (from the address too), newest first, each linking to its page; exported as filtered.
 */
@Named
@ViewScoped
public class RecordsPage extends ListPage<RecordFilter, RecordRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordQueries queries;

    private RecordCounts counts;

    @PostConstruct
    void init() {
        show(queries, null, order -> new RecordFilter(part("q"), part("status"), part("type"), order));
    }

    /** The records matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("records", queries::export, List.of(
                        "records.recordTitle", "records.type", "records.occurredAt", "records.state",
                        "records.attempts", "records.lastError", "records.capturedAt"),
                row -> List.of(row.title(), typeLabel(row.type()), fmt.when(row.occurredAt()),
                        fmt.code("recordStatus", row.status()), String.valueOf(row.attempts()),
                        row.lastError() == null ? "" : row.lastError(), fmt.when(row.capturedAt())));
    }

    /** A record type in words. */
    public String typeLabel(String code) {
        String label = queries.typeLabel(code);
        return label == null ? fmt.code("recordType", code) : label;
    }

    /** How many records are pending, failed and captured (read once per view). */
    public RecordCounts getCounts() {
        if (counts == null) {
            counts = queries.counts();
        }
        return counts;
    }

    /** The statuses to filter by. */
    public List<String> getStatuses() {
        return queries.statuses();
    }

    /** The types to filter by. */
    public List<String> getTypes() {
        return queries.types();
    }

}
