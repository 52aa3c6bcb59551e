package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.RecordCounts;
import au.gov.dss.socialmedia.admin.application.RecordRow;
import au.gov.dss.socialmedia.admin.application.RecordsService;
import au.gov.dss.socialmedia.admin.web.support.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The records page for records officers: pending, failed with the reason, captured with where; retry; verify. */
@Named
@ViewScoped
public class RecordsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    RecordsService records;

    private String status = "FAILED";
    private RecordCounts counts;
    private List<RecordRow> rows;

    /** How many records are in each status (read once per view or action). */
    public RecordCounts getCounts() {
        if (counts == null) {
            counts = records.counts();
        }
        return counts;
    }

    /** The newest records in the chosen status. */
    public List<RecordRow> getRows() {
        if (rows == null) {
            rows = records.list(status, 0, PAGE);
        }
        return rows;
    }

    /** Shows another status. */
    public void show() {
        rows = null;
        counts = null;
    }

    /** Queues a failed record again. */
    public void retry(RecordRow row) {
        if (CommandFeedback.attempt(() -> records.retry(row.id()))) {
            Messages.info("records.retried", row.title());
            show();
        }
    }

    /** Re-checks a captured record's fixity. */
    public void verify(RecordRow row) {
        CommandFeedback.attempt(() -> {
            List<String> problems = records.verify(row.id());
            if (problems.isEmpty()) {
                Messages.info("records.intact", row.title());
            } else {
                Messages.error("records.damaged", String.join("; ", problems));
            }
        });
    }

    /** The status shown. @return it */
    public String getStatus() {
        return status;
    }

    /** Sets the status shown (FAILED, PENDING or CAPTURED; anything else shows FAILED). @param status it */
    public void setStatus(String status) {
        this.status = "PENDING".equals(status) || "CAPTURED".equals(status) ? status : "FAILED";
        show();
    }
}
