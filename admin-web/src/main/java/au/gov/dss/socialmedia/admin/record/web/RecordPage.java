package au.gov.dss.socialmedia.admin.record.web;

import au.gov.dss.socialmedia.admin.record.application.RecordCommands;
import au.gov.dss.socialmedia.admin.record.application.RecordDetail;
import au.gov.dss.socialmedia.admin.record.application.RecordQueries;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.Permissions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.List;

/**
 * A record's page ({@code /app/record.xhtml?id=...}): what it records, where it was captured or why it failed, a link
 * to what it is about, and the records officer's actions: retry a failed record, re-check a captured one's fixity.
 */
@Named
@ViewScoped
public class RecordPage extends DetailPage<RecordDetail> {

    private static final long serialVersionUID = 1L;
    @Inject
    RecordQueries queries;

    @Inject
    Permissions can;

    @Inject
    RecordCommands commands;

    /** The page, at its address. */
    public RecordPage() {
        super("/app/record");
    }

    @Override
    protected Optional<RecordDetail> find(String id) {
        return queries.detail(id);
    }

    /** Puts the failed record back in the queue. */
    public String retry() {
        if (!CommandFeedback.attempt("retryForm", () -> commands.retry(getId()))) {
            return null;
        }
        Messages.info("records.retried", getDetail().title());
        return Pages.to("/app/record", getId());
    }

    /** Re-checks the captured record's fixity and says what it found. */
    public String verify() {
        List<String> problems = CommandFeedback.run("verifyForm", () -> commands.verify(getId())).orElse(null);
        if (problems == null) {
            return null;
        }
        if (problems.isEmpty()) {
            Messages.info("records.intact", getDetail().title());
        } else {
            Messages.error("records.broken", String.join("; ", problems));
            Pages.external().getFlash().setKeepMessages(true);
        }
        return Pages.to("/app/record", getId());
    }

    /** The page of what the record is about, or null when it has none. */
    public String getSubjectPage() {
        return getDetail() == null ? null : can.pageOf(getDetail().subjectKind());
    }

    /** The record's type in words. */
    public String getTypeLabel() {
        String label = queries.typeLabel(getDetail().type());
        return label == null ? getDetail().type() : label;
    }

}
