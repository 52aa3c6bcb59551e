package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationLine;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationListing;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationRow;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The register of authorisations, in SQL: the filter is written once ({@link #query}) for the bounded count and the
 * page; the holder's name is kept on the row (V11), so a page reads an index in name order; the page's activities
 * and numbers of named accounts come in two queries for all its rows. Days are those of the clock's zone (Canberra).
 */
@Dependent
class JpaAuthorisationListing extends SqlListing<AuthorisationFilter, AuthorisationRow>
        implements AuthorisationListing {

    private static final Map<String, String> SORTABLE = Map.of("holderName", "a.holder_name", "role",
            "a.holder_role", "status", "a.status", "from", "a.valid_from", "until", "a.valid_until");
    private static final String COLUMNS = "a.id, a.holder, a.holder_name, a.holder_role, a.all_cmb_accounts,"
            + " a.valid_from, a.valid_until, a.training_course, a.status";

    private final Clock clock;

    /** A listing over the given entity manager, counting days in the clock's zone. */
    @Inject
    JpaAuthorisationListing(EntityManager em, Clock clock) {
        super(em, COLUMNS, SORTABLE, Sort.by("holderName"), "a.id");
        this.clock = clock;
    }

    /** The register's one filter. */
    @Override
    protected ListQuery query(AuthorisationFilter filter) {
        return ListQuery.from("authorisation a")
                .containing(filter.text(), "a.holder_name", "a.holder", "a.training_course")
                .equal("a.holder_role", filter.role())
                .equal("a.status", filter.status());
    }

    @Override
    protected List<AuthorisationRow> read(List<Object[]> page) {
        List<String> ids = page.stream().map(row -> Columns.text(row[0])).toList();
        Map<String, TreeSet<String>> activities = new HashMap<>();
        for (Object[] row : of(ids, "SELECT authorisation_id, activity FROM authorisation_activity"
                + " WHERE authorisation_id IN ")) {
            activities.computeIfAbsent(Columns.text(row[0]), id -> new TreeSet<>()).add(Columns.text(row[1]));
        }
        Map<String, Long> accounts = new HashMap<>();
        for (Object[] row : of(ids, "SELECT authorisation_id, COUNT(*) FROM authorisation_account"
                + " WHERE authorisation_id IN ")) {
            accounts.put(Columns.text(row[0]), Columns.number(row[1]));
        }
        return page.stream().map(row -> {
            String id = Columns.text(row[0]);
            return new AuthorisationRow(id, Columns.text(row[1]), Columns.text(row[2]), Columns.text(row[3]),
                    Columns.bool(row[4]), accounts.getOrDefault(id, 0L).intValue(),
                    new ArrayList<>(activities.getOrDefault(id, new TreeSet<>())), day(Columns.instant(row[5])),
                    lastDay(Columns.instant(row[6])), Columns.text(row[7]), Columns.text(row[8]));
        }).toList();
    }

    /** The rows of the query for the ids ({@code ... IN (?, ?)}, grouped by the first column when it counts). */
    private List<Object[]> of(List<String> ids, String sql) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = "(" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")";
        Query query = em().createNativeQuery(sql + in + (sql.contains("COUNT(") ? " GROUP BY authorisation_id" : ""));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        return query.getResultList().stream().map(row -> (Object[]) row).toList();
    }

    @Override
    public List<AuthorisationLine> endingBetween(Instant from, Instant to, int max) {
        return lines(em().createNativeQuery("SELECT a.id, a.holder, a.holder_name, a.holder_role, a.valid_until,"
                        + " a.status FROM authorisation a WHERE a.valid_until >= ? AND a.valid_until < ?"
                        + " AND a.status IN ('GRANTED', 'SUSPENDED') ORDER BY a.valid_until, a.id")
                .setParameter(1, Columns.bind(from)).setParameter(2, Columns.bind(to)).setMaxResults(max).getResultList());
    }

    @Override
    public List<AuthorisationLine> ofHolder(String employeeNumber, int max) {
        return lines(em().createNativeQuery("SELECT a.id, a.holder, a.holder_name, a.holder_role, a.valid_until,"
                        + " a.status FROM authorisation a WHERE a.holder = ? ORDER BY a.granted_at DESC, a.id")
                .setParameter(1, employeeNumber).setMaxResults(max).getResultList());
    }

    private List<AuthorisationLine> lines(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row).map(row -> new AuthorisationLine(Columns.text(row[0]),
                Columns.text(row[1]), Columns.text(row[2]), Columns.text(row[3]), lastDay(Columns.instant(row[4])),
                Columns.text(row[5]))).toList();
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }

    /** The last day of a period that ends (exclusive) at the instant. */
    private LocalDate lastDay(Instant until) {
        return LocalDate.ofInstant(until.minusNanos(1), clock.getZone());
    }
}
