package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.application.AuthorisationLine;
import au.gov.dss.socialmedia.admin.application.AuthorisationListing;
import au.gov.dss.socialmedia.admin.application.AuthorisationRow;
import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The authorisations list, paged, filtered and sorted in the database: one query for the page (the holder's name
 * is kept on the authorisation, V11) and one for the count, so the cost of a page does not grow with the table. Days are those of
 * Canberra, where the department counts them.
 */
@ApplicationScoped
public class JpaAuthorisationListing implements AuthorisationListing {

    private static final ZoneId CANBERRA = ClockProducer.CANBERRA;
    private static final Map<String, String> SORTABLE = Map.of("holderName", "a.holderName", "role", "a.role",
            "status", "a.status", "from", "a.validFrom", "until", "a.validUntil");

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaAuthorisationListing() {
    }

    /** A listing over the given entity manager. */
    @Inject
    public JpaAuthorisationListing(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count(AuthorisationFilter filter, long atMost) {
        // In SQL, because JPQL cannot limit a subquery.
        BoundedCount count = new BoundedCount("authorisation a");
        if (!blank(filter.text())) {
            String text = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
            count.where("(LOWER(a.holder_name) LIKE ? OR LOWER(a.holder) LIKE ? OR LOWER(a.training_course) LIKE ?)",
                    text, text, text);
        }
        if (!blank(filter.role())) {
            count.where("a.holder_role = ?", filter.role());
        }
        if (!blank(filter.status())) {
            count.where("a.status = ?", filter.status());
        }
        return count.atMost(em, atMost);
    }

    @Override
    public List<AuthorisationLine> endingBetween(Instant from, Instant to, int max) {
        return em.createQuery("SELECT a.id, a.holder, a.holderName, a.role, a.validUntil FROM AuthorisationEntity a"
                        + " WHERE a.validUntil >= :from"
                        + " AND a.validUntil < :to AND a.status IN ('GRANTED', 'SUSPENDED')"
                        + " ORDER BY a.validUntil, a.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultStream()
                .map(row -> new AuthorisationLine((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3], lastDay((Instant) row[4])))
                .toList();
    }

    @Override
    public List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size) {
        String order = " ORDER BY " + SORTABLE.getOrDefault(String.valueOf(filter.sortField()), "a.holderName")
                + (filter.ascending() ? " ASC" : " DESC") + ", a.id" + (filter.ascending() ? " ASC" : " DESC");
        // The scope's accounts and the activities of the page's rows come in two batched queries, not two per row.
        TypedQuery<AuthorisationEntity> rows = Batches.fetch(em.createQuery("SELECT a" + from(filter) + order,
                AuthorisationEntity.class), "a", "accounts", "activities");
        bind(rows, filter);
        return rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(JpaAuthorisationListing::toRow).toList();
    }

    private static String from(AuthorisationFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (!blank(filter.text())) {
            conditions.add("(LOWER(a.holderName) LIKE :text OR LOWER(a.holder) LIKE :text"
                    + " OR LOWER(a.trainingCourse) LIKE :text)");
        }
        if (!blank(filter.role())) {
            conditions.add("a.role = :role");
        }
        if (!blank(filter.status())) {
            conditions.add("a.status = :status");
        }
        return " FROM AuthorisationEntity a"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }

    private static void bind(TypedQuery<?> query, AuthorisationFilter filter) {
        if (!blank(filter.text())) {
            query.setParameter("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (!blank(filter.role())) {
            query.setParameter("role", filter.role());
        }
        if (!blank(filter.status())) {
            query.setParameter("status", filter.status());
        }
    }

    private static AuthorisationRow toRow(AuthorisationEntity a) {
        return new AuthorisationRow(a.id, a.holder, a.holderName, a.role, a.allCmbAccounts,
                a.allCmbAccounts ? 0 : a.accounts.size(), String.join(", ", new TreeSet<>(a.activities)),
                LocalDate.ofInstant(a.validFrom, CANBERRA), lastDay(a.validUntil), a.trainingCourse, a.status,
                a.version);
    }

    /** The last day of a period that ends (exclusive) at the instant. */
    private static LocalDate lastDay(Instant until) {
        return LocalDate.ofInstant(until.minusNanos(1), CANBERRA);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
