package au.gov.dss.socialmedia.admin.record.web;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.record.application.RecordCounts;
import au.gov.dss.socialmedia.admin.record.application.RecordFilter;
import au.gov.dss.socialmedia.admin.record.application.RecordQueries;
import au.gov.dss.socialmedia.admin.record.application.RecordRow;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.CsvExport;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.LazyList;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * The records (records officers, auditors): how many are pending, failed and captured, and the list filtered by
 * title, status and type (from the address too), newest first, each linking to its page; exported as filtered.
 */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordQueries queries;

    @Inject
    Formats fmt;

    @Inject
    Clock clock;

    private LazyList<RecordFilter, RecordRow> model;
    private RecordCounts counts;
    private String text;
    private String status;
    private String type;
    private String sort;
    private String order;

    @PostConstruct
    void init() {
        model = new LazyList<>(queries, this::filter, RecordRow::id);
    }

    private RecordFilter filter(Sort clicked) {
        return new RecordFilter(text, status, type, clicked != null ? clicked : Sort.of(sort, order, null));
    }

    /** Applies the filter: the list shows its first page, and the address names the filter. */
    public void apply() {
        Pages.resetList("list:table");
        Pages.showInAddress(Pages.params("q", text, "status", status, "type", type, "sort", sort, "order", order));
    }

    /** The records matching the filter, as a CSV file. */
    public StreamedContent export() {
        List<RecordRow> rows = CommandFeedback.run("filter", () -> queries.export(filter(null))).orElse(null);
        if (rows == null) {
            return null;
        }
        return CsvExport.file(Pages.exportName("records", clock), List.of(Messages.text("records.recordTitle"),
                        Messages.text("records.type"), Messages.text("records.occurredAt"),
                        Messages.text("records.status"), Messages.text("records.attempts"),
                        Messages.text("records.lastError"), Messages.text("records.capturedAt")), rows,
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

    /** The rows, loaded page by page from the database. */
    public LazyList<RecordFilter, RecordRow> getModel() {
        return model;
    }

    /** The statuses to filter by. */
    public List<String> getStatuses() {
        return queries.statuses();
    }

    /** The types to filter by. */
    public List<String> getTypes() {
        return queries.types();
    }

    /** @return the text filtered by */
    public String getText() {
        return text;
    }

    /** @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** @return the status filtered by */
    public String getStatus() {
        return status;
    }

    /** @param status the status */
    public void setStatus(String status) {
        this.status = status;
    }

    /** @return the type filtered by */
    public String getType() {
        return type;
    }

    /** @param type the type */
    public void setType(String type) {
        this.type = type;
    }

    /** @return the column sorted by when none was clicked */
    public String getSort() {
        return sort;
    }

    /** @param sort the column */
    public void setSort(String sort) {
        this.sort = sort;
    }

    /** @return "desc" to sort descending */
    public String getOrder() {
        return order;
    }

    /** @param order the order */
    public void setOrder(String order) {
        this.order = order;
    }
}
