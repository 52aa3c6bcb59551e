package au.gov.dss.socialmedia.admin.audit.web;

import au.gov.dss.socialmedia.admin.audit.application.AuditFilter;
import au.gov.dss.socialmedia.admin.audit.application.AuditQueries;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The audit trail for auditors: searched by words (who, what about, the detail, or the action's own words), action,
 * outcome and days, newest first, paged in the database; exported for the date range as searched; the hash chain
 * verified.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueries queries;

    @Inject
    Formats fmt;

    @Inject
    Clock clock;

    private LazyList<AuditFilter, AuditEntry> model;
    private String text;
    private String action;
    private String outcome;
    private LocalDate from;
    private LocalDate until;

    @PostConstruct
    void init() {
        model = new LazyList<>(queries, this::filter, entry -> Long.toString(entry.seq()));
    }

    private AuditFilter filter(Sort clicked) {
        return new AuditFilter(text, actionsMatching(text), action, outcome, from, until, clicked);
    }

    /** The actions whose words (as the pages show them) contain the text. */
    private Set<String> actionsMatching(String words) {
        if (words == null || words.isBlank()) {
            return Set.of();
        }
        String wanted = words.strip().toLowerCase(Locale.ROOT);
        return queries.actions().stream()
                .filter(key -> fmt.code("action", key).toLowerCase(Locale.ROOT).contains(wanted))
                .collect(Collectors.toSet());
    }

    /** Applies the search: the list shows its first page. */
    public void apply() {
        Pages.resetList("list:table");
    }

    /** Re-computes the whole hash chain and says whether anything was altered, removed or inserted. */
    public void verify() {
        CommandFeedback.run("filter", queries::verify).ifPresent(problems -> {
            if (problems.isEmpty()) {
                Messages.info("audit.intact");
            } else {
                Messages.error("audit.broken", String.join("; ", problems));
            }
        });
    }

    /** The entries matching the search, as a CSV file. */
    public StreamedContent export() {
        List<AuditEntry> rows = CommandFeedback.run("filter", () -> queries.export(filter(null))).orElse(null);
        if (rows == null) {
            return null;
        }
        return CsvExport.file(Pages.exportName("audit-trail", clock), List.of(Messages.text("history.when"),
                        Messages.text("audit.userName"), Messages.text("history.who"), Messages.text("audit.action"),
                        Messages.text("audit.target"), Messages.text("history.outcome"),
                        Messages.text("audit.detail")), rows,
                entry -> List.of(fmt.when(entry.occurredAt()), entry.actor(), entry.actorName(),
                        fmt.code("action", entry.action()), entry.subjectLabel(),
                        fmt.code("outcome", entry.outcome()), entry.detail()));
    }

    /** The rows, loaded page by page from the database. */
    public LazyList<AuditFilter, AuditEntry> getModel() {
        return model;
    }

    /** The actions to filter by. */
    public List<String> getActions() {
        return queries.actions();
    }

    /** The outcomes to filter by. */
    public List<String> getOutcomes() {
        return queries.outcomes();
    }

    /** @return the words searched */
    public String getText() {
        return text;
    }

    /** @param text the words */
    public void setText(String text) {
        this.text = text;
    }

    /** @return the action chosen */
    public String getAction() {
        return action;
    }

    /** @param action the action */
    public void setAction(String action) {
        this.action = action;
    }

    /** @return the outcome chosen */
    public String getOutcome() {
        return outcome;
    }

    /** @param outcome the outcome */
    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /** @return the first day */
    public LocalDate getFrom() {
        return from;
    }

    /** @param from the first day */
    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** @return the last day */
    public LocalDate getUntil() {
        return until;
    }

    /** @param until the last day */
    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
