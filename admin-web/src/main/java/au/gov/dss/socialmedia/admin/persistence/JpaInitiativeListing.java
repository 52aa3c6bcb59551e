package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.InitiativeListing;
import au.gov.dss.socialmedia.admin.application.InitiativeRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The initiatives list, paged and filtered by status in the database: one query for the page (joined to the names it
 * shows) and one for the count, so the cost of a page does not grow with the table.
 */
@ApplicationScoped
public class JpaInitiativeListing implements InitiativeListing {

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaInitiativeListing() {
    }

    /** A listing over the given entity manager. */
    @Inject
    public JpaInitiativeListing(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count(String status) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM InitiativeEntity i"
                + (blank(status) ? "" : " WHERE i.status = :status"), Long.class);
        bind(count, status);
        return count.getSingleResult();
    }

    @Override
    public List<InitiativeRow> rows(String status, int first, int size) {
        TypedQuery<Object[]> rows = em.createQuery("SELECT i.id, i.title, area.name, submitter.name, i.status,"
                + " i.draftedAt, i.version FROM InitiativeEntity i, BusinessAreaEntity area, EmployeeEntity submitter"
                + " WHERE area.code = i.sponsoringArea AND submitter.id = i.submitter"
                + (blank(status) ? "" : " AND i.status = :status")
                + " ORDER BY i.draftedAt DESC, i.id", Object[].class);
        bind(rows, status);
        return rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(JpaInitiativeListing::toRow).toList();
    }

    private static void bind(TypedQuery<?> query, String status) {
        if (!blank(status)) {
            query.setParameter("status", status);
        }
    }

    private static InitiativeRow toRow(Object[] row) {
        return new InitiativeRow((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (java.time.Instant) row[5], ((Number) row[6]).longValue());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
