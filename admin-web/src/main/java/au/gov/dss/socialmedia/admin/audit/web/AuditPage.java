package au.gov.dss.socialmedia.admin.audit.web;

import au.gov.dss.socialmedia.admin.audit.application.AuditFilter;
import au.gov.dss.socialmedia.admin.audit.application.AuditQueries;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.DatedListPage;
import au.gov.dss.socialmedia.admin.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
public class AuditPage extends DatedListPage<AuditFilter, AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueries queries;


    @PostConstruct
    void init() {
        show(queries, null, order -> new AuditFilter(part("q"), actionsMatching(part("q")), part("action"),
                part("outcome"), getFrom(), getUntil(), order));
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
        return csv("audit-trail", queries::export, List.of("history.when", "audit.userName", "history.who",
                        "audit.action", "audit.target", "history.outcome", "audit.detail"),
                entry -> List.of(fmt.when(entry.occurredAt()), entry.actor(), entry.actorName(),
                        fmt.code("action", entry.action()), entry.subjectLabel(),
                        fmt.code("outcome", entry.outcome()), entry.detail()));
    }

    /** The actions to filter by. */
    public List<String> getActions() {
        return queries.actions();
    }

    /** The outcomes to filter by. */
    public List<String> getOutcomes() {
        return queries.outcomes();
    }
}
