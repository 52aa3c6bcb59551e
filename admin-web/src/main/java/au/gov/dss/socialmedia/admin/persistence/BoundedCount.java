package au.gov.dss.socialmedia.admin.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A count that stops at a limit: {@code SELECT COUNT(*) FROM (SELECT 1 FROM ... WHERE ... LIMIT n)}, the same SQL on
 * H2 and PostgreSQL. The database reads at most {@code n} matching rows, so the count costs the same however large
 * the table grows. Conditions are SQL with {@code ?} parameters, bound in order.
 */
final class BoundedCount {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    BoundedCount(String from) {
        this.from = from;
    }

    BoundedCount where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    long atMost(EntityManager em, long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("a count limit is never negative, but was " + limit);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM " + from + where + " LIMIT "
                + limit + ") counted");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
