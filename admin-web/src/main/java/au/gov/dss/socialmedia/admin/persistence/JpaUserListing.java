package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.UserFilter;
import au.gov.dss.socialmedia.admin.application.UserListing;
import au.gov.dss.socialmedia.admin.application.UserRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The users list, paged, filtered and sorted in the database, and the employee search for a new user. The users'
 * tables belong to the security layer, so this adapter reads them in SQL (the same on H2 and PostgreSQL): one query
 * for the page (joined to the employee and business area it shows), one for those rows' roles, and a count that
 * stops at a limit, so the cost of a page does not grow with the tables.
 */
@ApplicationScoped
public class JpaUserListing implements UserListing {

    private static final Map<String, String> SORTABLE = Map.of("username", "u.username", "employeeName", "e.name",
            "employeeId", "e.id", "businessArea", "a.name", "enabled", "u.enabled");

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaUserListing() {
    }

    /** A listing over the given entity manager. */
    @Inject
    public JpaUserListing(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count(UserFilter filter, long atMost) {
        BoundedCount count = new BoundedCount("app_user u JOIN employee e ON e.id = u.employee_id");
        if (!blank(filter.text())) {
            String text = like(filter.text());
            count.where("(LOWER(u.username) LIKE ? OR LOWER(e.name) LIKE ? OR LOWER(e.id) LIKE ?)", text, text, text);
        }
        if (!blank(filter.role())) {
            count.where("EXISTS (SELECT 1 FROM app_user_role r WHERE r.username = u.username AND r.role_name = ?)",
                    filter.role().strip());
        }
        return count.atMost(em, atMost);
    }

    @Override
    public List<UserRow> rows(UserFilter filter, int first, int size) {
        String order = " ORDER BY " + SORTABLE.getOrDefault(String.valueOf(filter.sortField()), "u.username")
                + (filter.ascending() ? " ASC" : " DESC") + ", u.username";
        Query page = em.createNativeQuery("SELECT u.username, u.employee_id, e.name, a.name, u.enabled,"
                + " u.must_change_password, u.version" + from(filter) + order
                + " LIMIT " + Math.max(0, size) + " OFFSET " + Math.max(0, first));
        bind(page, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = page.getResultList();
        Map<String, List<String>> roles = rolesOf(found.stream().map(row -> (String) row[0]).toList());
        return found.stream().map(row -> new UserRow((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], roles.getOrDefault((String) row[0], List.of()), (Boolean) row[4], (Boolean) row[5],
                ((Number) row[6]).longValue())).toList();
    }

    @Override
    public List<Option> employeesWithoutUser(String text, int max) {
        Query query = em.createNativeQuery("SELECT e.id, e.name, a.name FROM employee e"
                + " JOIN business_area a ON a.code = e.business_area"
                + " WHERE (LOWER(e.name) LIKE ?1 OR LOWER(e.id) LIKE ?2)"
                + " AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id)"
                + " ORDER BY e.name, e.id LIMIT " + Math.max(0, max));
        String pattern = like(text);
        query.setParameter(1, pattern).setParameter(2, pattern);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(row -> new Option((String) row[0], row[1] + " (" + row[0] + "), " + row[2]))
                .toList();
    }

    private Map<String, List<String>> rolesOf(List<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("SELECT username, role_name FROM app_user_role WHERE username IN (");
        for (int i = 1; i <= usernames.size(); i++) {
            sql.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        Query query = em.createNativeQuery(sql.append(") ORDER BY username, role_name").toString());
        for (int i = 0; i < usernames.size(); i++) {
            query.setParameter(i + 1, usernames.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().collect(Collectors.groupingBy(row -> (String) row[0], LinkedHashMap::new,
                Collectors.mapping(row -> (String) row[1], Collectors.toCollection(ArrayList::new))));
    }

    private static String from(UserFilter filter) {
        return " FROM app_user u JOIN employee e ON e.id = u.employee_id"
                + " JOIN business_area a ON a.code = e.business_area WHERE 1 = 1"
                + (blank(filter.text()) ? ""
                        : " AND (LOWER(u.username) LIKE ?1 OR LOWER(e.name) LIKE ?2 OR LOWER(e.id) LIKE ?3)")
                + (blank(filter.role()) ? ""
                        : " AND EXISTS (SELECT 1 FROM app_user_role r WHERE r.username = u.username"
                        + " AND r.role_name = ?" + (blank(filter.text()) ? 1 : 4) + ")");
    }

    private static void bind(Query query, UserFilter filter) {
        if (!blank(filter.text())) {
            String pattern = like(filter.text());
            query.setParameter(1, pattern).setParameter(2, pattern).setParameter(3, pattern);
        }
        if (!blank(filter.role())) {
            query.setParameter(blank(filter.text()) ? 1 : 4, filter.role().strip());
        }
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
