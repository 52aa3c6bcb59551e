package au.gov.dss.socialmedia.admin.record.web;

import au.gov.dss.socialmedia.admin.record.application.RecordCommands;
import au.gov.dss.socialmedia.admin.record.application.RecordDetail;
import au.gov.dss.socialmedia.admin.record.application.RecordQueries;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A record's page ({@code /app/record.xhtml?id=...}): what it records, where it was captured or why it failed, a link
 * to what it is about, and the records officer's actions: retry a failed record, re-check a captured one's fixity.
 */
@Named
@ViewScoped
public class RecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> PAGES = Map.of("ACCOUNT", "/app/account", "AUTHORISATION",
            "/app/authorisation", "INITIATIVE", "/app/initiative");

    @Inject
    RecordQueries queries;

    @Inject
    RecordCommands commands;

    private String id;
    private RecordDetail detail;

    /** Reads the record named by the address; answers 404 when there is none. */
    public void load() {
        detail = id == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
        }
    }

    /** Puts the failed record back in the queue. */
    public String retry() {
        if (!CommandFeedback.attempt("retryForm", () -> commands.retry(id))) {
            return null;
        }
        Messages.info("records.retried", detail.title());
        return Pages.to("/app/record", id);
    }

    /** Re-checks the captured record's fixity and says what it found. */
    public String verify() {
        List<String> problems = CommandFeedback.run("verifyForm", () -> commands.verify(id)).orElse(null);
        if (problems == null) {
            return null;
        }
        if (problems.isEmpty()) {
            Messages.info("records.intact", detail.title());
        } else {
            Messages.error("records.broken", String.join("; ", problems));
            Pages.external().getFlash().setKeepMessages(true);
        }
        return Pages.to("/app/record", id);
    }

    /** The page of what the record is about, or null when it has none. */
    public String getSubjectPage() {
        return detail.subjectKind() == null ? null : PAGES.get(detail.subjectKind());
    }

    /** The record's type in words. */
    public String getTypeLabel() {
        String label = queries.typeLabel(detail.type());
        return label == null ? detail.type() : label;
    }

    /** The page. */
    public RecordDetail getDetail() {
        return detail;
    }

    /** @return the record's id, from the address */
    public String getId() {
        return id;
    }

    /** @param id the record's id */
    public void setId(String id) {
        this.id = id;
    }
}
