package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.AccountFilter;
import au.gov.dss.socialmedia.admin.application.AccountListing;
import au.gov.dss.socialmedia.admin.application.AccountRow;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The accounts list, paged, filtered and sorted in the database: one query for the page (joined to the names it
 * shows) and one for the count, so the cost of a page does not grow with the table.
 */
@ApplicationScoped
public class JpaAccountListing implements AccountListing {

    private static final Map<String, String> SORTABLE = Map.of("address", "a.handleOrUrl", "platform", "a.platform",
            "state", "a.state", "owningArea", "a.owningAreaName", "privacyNextDue", "a.privacyNextDue");

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaAccountListing() {
    }

    /** A listing over the given entity manager. */
    @Inject
    public JpaAccountListing(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count(AccountFilter filter, long atMost) {
        // In SQL, because JPQL cannot limit a subquery; the joins of the page are left out: they never drop a row.
        BoundedCount count = new BoundedCount("social_media_account a");
        if (!blank(filter.text())) {
            String text = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
            count.where("(LOWER(a.handle_or_url) LIKE ? OR LOWER(a.purpose) LIKE ?)", text, text);
        }
        if (!blank(filter.state())) {
            count.where("a.state = ?", filter.state());
        }
        if (!blank(filter.platform())) {
            count.where("a.platform = ?", filter.platform());
        }
        return count.atMost(em, atMost);
    }

    @Override
    public List<AccountRow> rows(AccountFilter filter, int first, int size) {
        String order = " ORDER BY " + SORTABLE.getOrDefault(String.valueOf(filter.sortField()), "a.handleOrUrl")
                + (filter.ascending() ? " ASC" : " DESC") + ", a.id" + (filter.ascending() ? " ASC" : " DESC");
        TypedQuery<Object[]> rows = em.createQuery("SELECT a, area.name, admin.name" + from(filter) + order,
                Object[].class);
        bind(rows, filter);
        return rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(JpaAccountListing::toRow).toList();
    }

    private static String from(AccountFilter filter) {
        return " FROM AccountEntity a, BusinessAreaEntity area, EmployeeEntity admin"
                + " WHERE area.code = a.owningArea AND admin.id = a.administrator"
                + (blank(filter.text()) ? "" : " AND (LOWER(a.handleOrUrl) LIKE :text OR LOWER(a.purpose) LIKE :text)")
                + (blank(filter.state()) ? "" : " AND a.state = :state")
                + (blank(filter.platform()) ? "" : " AND a.platform = :platform");
    }

    private static void bind(TypedQuery<?> query, AccountFilter filter) {
        if (!blank(filter.text())) {
            query.setParameter("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (!blank(filter.state())) {
            query.setParameter("state", filter.state());
        }
        if (!blank(filter.platform())) {
            query.setParameter("platform", filter.platform());
        }
    }

    @Override
    public List<String> privacyReviewOverdue(LocalDate day, int max) {
        return em.createQuery("SELECT a.handleOrUrl FROM AccountEntity a WHERE a.state <> 'DECOMMISSIONED'"
                        + " AND (a.privacyNextDue IS NULL OR a.privacyNextDue < :day)"
                        + " ORDER BY a.privacyNextDue, a.handleOrUrl", String.class)
                .setParameter("day", day).setMaxResults(max).getResultList();
    }

    @Override
    public Map<String, Long> countByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT a.state, COUNT(a) FROM AccountEntity a GROUP BY a.state",
                Object[].class).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static AccountRow toRow(Object[] row) {
        AccountEntity a = (AccountEntity) row[0];
        String platform = "OTHER".equals(a.platform) ? a.otherPlatformName : PlatformKind.valueOf(a.platform).label();
        return new AccountRow(a.id, platform, a.handleOrUrl, a.purpose, (String) row[1], (String) row[2], a.initiative,
                a.state, a.privacyNextDue, a.version);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
