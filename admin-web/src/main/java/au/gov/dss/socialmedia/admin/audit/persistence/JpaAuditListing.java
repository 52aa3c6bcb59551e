package au.gov.dss.socialmedia.admin.audit.persistence;

import au.gov.dss.socialmedia.admin.audit.application.AuditFilter;
import au.gov.dss.socialmedia.admin.audit.application.AuditListing;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit trail searched, in SQL over the append-only table: the search is written once ({@link #query}) for the
 * bounded count and the page, newest first.
 */
@Dependent
class JpaAuditListing implements AuditListing {

    private static final Map<String, String> SORTABLE = Map.of("seq", "e.seq");
    private static final Sort NEWEST_FIRST = new Sort("seq", false);

    private final EntityManager em;

    /** A listing over the given entity manager. */
    @Inject
    JpaAuditListing(EntityManager em) {
        this.em = em;
    }

    /** The search's one filter: words in who, what about, the detail, or the words of the action itself. */
    static ListQuery query(AuditFilter filter, Instant from, Instant until) {
        ListQuery query = ListQuery.from("audit_entry e");
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + ListQuery.escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            List<String> conditions = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (String column : List.of("e.actor", "e.actor_name", "e.subject_label", "e.detail")) {
                conditions.add("LOWER(" + column + ") LIKE ? ESCAPE '\\'");
                values.add(pattern);
            }
            for (String action : filter.actions()) {
                conditions.add("e.action_name = ?");
                values.add(action);
            }
            query.where("(" + String.join(" OR ", conditions) + ")", values.toArray());
        }
        return query.equal("e.action_name", filter.action())
                .equal("e.outcome", filter.outcome())
                .whereIf(from != null, "e.occurred_at >= ?", Columns.bind(from))
                .whereIf(until != null, "e.occurred_at < ?", Columns.bind(until));
    }

    @Override
    public ListCount count(AuditFilter filter, Instant from, Instant until) {
        return query(filter, from, until).count(em);
    }

    @Override
    public List<AuditEntry> rows(AuditFilter filter, Instant from, Instant until, int first, int size) {
        return query(filter, from, until).page(em, "e.seq, e.occurred_at, e.actor, e.actor_name, e.action_name,"
                        + " e.subject_kind, e.subject_id, e.subject_label, e.target, e.outcome, e.detail", SORTABLE,
                        filter.sort() == null ? NEWEST_FIRST : filter.sort(), "seq", "e.seq", first, size).stream()
                .map(row -> AuditTrail.view(Columns.number(row[0]), Columns.instant(row[1]), Columns.text(row[2]),
                        Columns.text(row[3]), Columns.text(row[4]), Columns.text(row[5]), Columns.text(row[6]),
                        Columns.text(row[7]), Columns.text(row[8]), Columns.text(row[9]), Columns.text(row[10])))
                .toList();
    }
}
