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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The authorisations list, paged, filtered and sorted in the database: one query for the page (joined to the
 * holder's name) and one for the count, so the cost of a page does not grow with the table. Days are those of
 * Canberra, where the department counts them.
 */
@ApplicationScoped
public class JpaAuthorisationListing implements AuthorisationListing {

    private static final ZoneId CANBERRA = ClockProducer.CANBERRA;
    private static final Map<String, String> SORTABLE = Map.of("holderName", "holder.name", "role", "a.role",
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
        // In SQL, because JPQL cannot limit a subquery; the holder is joined only to match the text.
        BoundedCount count;
        if (blank(filter.text())) {
            count = new BoundedCount("authorisation a");
        } else {
            String text = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
            count = new BoundedCount("authorisation a JOIN employee holder ON holder.id = a.holder")
                    .where("(LOWER(holder.name) LIKE ? OR LOWER(a.holder) LIKE ? OR LOWER(a.training_course) LIKE ?)",
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
        return em.createQuery("SELECT a.id, a.holder, holder.name, a.role, a.validUntil FROM AuthorisationEntity a,"
                        + " EmployeeEntity holder WHERE holder.id = a.holder AND a.validUntil >= :from"
                        + " AND a.validUntil < :to AND a.status IN ('GRANTED', 'SUSPENDED')"
                        + " ORDER BY a.validUntil, a.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultStream()
                .map(row -> new AuthorisationLine((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3], lastDay((Instant) row[4])))
                .toList();
    }

    @Override
    public List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size) {
        String order = " ORDER BY " + SORTABLE.getOrDefault(String.valueOf(filter.sortField()), "holder.name")
                + (filter.ascending() ? " ASC" : " DESC") + ", a.id" + (filter.ascending() ? " ASC" : " DESC");
        // The scope's accounts and the activities of the page's rows come in two batched queries, and the holders'
        // names in one more, not two queries per row (EclipseLink batches only queries of entities).
        TypedQuery<AuthorisationEntity> rows = Batches.fetch(em.createQuery("SELECT a" + from(filter) + order,
                AuthorisationEntity.class), "a", "accounts", "activities");
        bind(rows, filter);
        List<AuthorisationEntity> page = rows.setFirstResult(first).setMaxResults(size).getResultList();
        Map<String, String> names = new HashMap<>();
        if (!page.isEmpty()) {
            em.createQuery("SELECT e.id, e.name FROM EmployeeEntity e WHERE e.id IN :ids", Object[].class)
                    .setParameter("ids", page.stream().map(a -> a.holder).distinct().toList()).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return page.stream().map(a -> toRow(a, names.getOrDefault(a.holder, a.holder))).toList();
    }

    private static String from(AuthorisationFilter filter) {
        return " FROM AuthorisationEntity a, EmployeeEntity holder WHERE holder.id = a.holder"
                + (blank(filter.text()) ? "" : " AND (LOWER(holder.name) LIKE :text OR LOWER(a.holder) LIKE :text"
                        + " OR LOWER(a.trainingCourse) LIKE :text)")
                + (blank(filter.role()) ? "" : " AND a.role = :role")
                + (blank(filter.status()) ? "" : " AND a.status = :status");
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

    private static AuthorisationRow toRow(AuthorisationEntity a, String holderName) {
        return new AuthorisationRow(a.id, a.holder, holderName, a.role, a.allCmbAccounts,
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
