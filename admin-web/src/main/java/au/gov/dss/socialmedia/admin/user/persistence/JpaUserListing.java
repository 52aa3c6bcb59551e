package au.gov.dss.socialmedia.admin.user.persistence;

import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import au.gov.dss.socialmedia.admin.user.application.UserFilter;
import au.gov.dss.socialmedia.admin.user.application.UserListing;
import au.gov.dss.socialmedia.admin.user.application.UserRow;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The users list and the employee search for a new user, in SQL (the users' tables belong to the security layer):
 * the list's filter is written once ({@link #query}) for the bounded count and the page (joined to the employee and
 * business area it shows); the page's roles come in one more query.
 */
@Dependent
class JpaUserListing extends SqlListing<UserFilter, UserRow> implements UserListing {

    private static final Map<String, String> SORTABLE = Map.of("username", "u.username", "employeeName", "e.name",
            "employeeId", "e.id", "businessArea", "a.name", "enabled", "u.enabled");
    private static final String COLUMNS = "u.username, u.employee_id, e.name, a.name, u.enabled,"
            + " u.must_change_password, u.version";


    /** A listing over the given entity manager. */
    @Inject
    JpaUserListing(EntityManager em) {
        super(em, COLUMNS, SORTABLE, Sort.by("username"), "u.username");
    }

    /** The list's one filter (the employee is joined for the count too: the text looks in their name). */
    @Override
    protected ListQuery query(UserFilter filter) {
        return ListQuery.from("app_user u JOIN employee e ON e.id = u.employee_id")
                .join("JOIN business_area a ON a.code = e.business_area")
                .containing(filter.text(), "u.username", "e.name", "e.id")
                .whereIf(filter.role() != null && !filter.role().isBlank(),
                        "EXISTS (SELECT 1 FROM app_user_role r WHERE r.username = u.username AND r.role_name = ?)",
                        filter.role() == null ? null : filter.role().strip());
    }


    @Override
    protected List<UserRow> read(List<Object[]> page) {
        return withRoles(page);
    }

    @Override
    public Optional<UserRow> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        List<?> found = em().createNativeQuery("SELECT " + COLUMNS + " FROM app_user u JOIN employee e"
                + " ON e.id = u.employee_id JOIN business_area a ON a.code = e.business_area WHERE u.username = ?")
                .setParameter(1, username.strip()).getResultList();
        return withRoles(found.stream().map(row -> (Object[]) row).toList()).stream().findFirst();
    }

    @Override
    public List<Option> employeesWithoutUser(String text, int max) {
        Query query = em().createNativeQuery("SELECT e.id, e.name, a.name FROM employee e"
                + " JOIN business_area a ON a.code = e.business_area"
                + " WHERE (LOWER(e.name) LIKE ?1 ESCAPE '\\' OR LOWER(e.id) LIKE ?2 ESCAPE '\\')"
                + " AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id)"
                + " ORDER BY e.name, e.id LIMIT " + Math.max(0, max));
        String pattern = "%" + ListQuery.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        query.setParameter(1, pattern).setParameter(2, pattern);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(row -> new Option((String) row[0], row[1] + " (" + row[0] + "), " + row[2]))
                .toList();
    }

    private List<UserRow> withRoles(List<Object[]> rows) {
        Map<String, List<String>> roles = rolesOf(rows.stream().map(row -> (String) row[0]).toList());
        return rows.stream().map(row -> new UserRow((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], roles.getOrDefault((String) row[0], List.of()), Columns.bool(row[4]),
                Columns.bool(row[5]), Columns.number(row[6]))).toList();
    }

    private Map<String, List<String>> rolesOf(List<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("SELECT username, role_name FROM app_user_role WHERE username IN (");
        for (int i = 1; i <= usernames.size(); i++) {
            sql.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        Query query = em().createNativeQuery(sql.append(") ORDER BY username, role_name").toString());
        for (int i = 0; i < usernames.size(); i++) {
            query.setParameter(i + 1, usernames.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().collect(Collectors.groupingBy(row -> (String) row[0], LinkedHashMap::new,
                Collectors.mapping(row -> (String) row[1], Collectors.toCollection(ArrayList::new))));
    }
}
