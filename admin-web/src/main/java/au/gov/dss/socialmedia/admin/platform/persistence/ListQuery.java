package au.gov.dss.socialmedia.admin.platform.persistence;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One list's filter, written once and used for both its count and its pages, in SQL that is the same on H2 and
 * PostgreSQL. A listing builds it from its filter ({@link #from}, {@link #where}, {@link #containing}), then asks
 * for the count, which reads at most {@link ListCount#LIMIT} + 1 matching rows so that its cost does not grow with
 * the table, and for a page in an order it names. Joins added with {@link #join} serve the page only: they must
 * neither drop nor repeat a row (inner joins on a required reference), so the count can leave them out. Conditions
 * use {@code ?} parameters, bound in order; nothing typed is ever written into the SQL.
 */
public final class ListQuery {

    private final String from;
    private final List<String> joins = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private ListQuery(String from) {
        this.from = from;
    }

    /** A query over the table (with its alias, e.g. {@code social_media_account a}). */
    public static ListQuery from(String table) {
        return new ListQuery(table);
    }

    /** Joins a table the page shows columns of; never one that can drop or repeat a row. */
    public ListQuery join(String join) {
        joins.add(join);
        return this;
    }

    /** Keeps the rows that meet the condition. */
    public ListQuery where(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(Arrays.asList(values));
        return this;
    }

    /** Keeps the rows that meet the condition, when the filter asks for it (e.g. a value was chosen). */
    public ListQuery whereIf(boolean when, String condition, Object... values) {
        return when ? where(condition, values) : this;
    }

    /** Keeps the rows where the column equals the value, when a value was given. */
    public ListQuery equal(String column, String value) {
        return whereIf(!blank(value), column + " = ?", value == null ? null : value.strip());
    }

    /** Keeps the rows where one of the columns contains the text, ignoring case, when a text was given. */
    public ListQuery containing(String text, String... columns) {
        if (blank(text)) {
            return this;
        }
        String pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        List<String> matches = new ArrayList<>();
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            matches.add("LOWER(" + columns[i] + ") LIKE ? ESCAPE '\\'");
            values[i] = pattern;
        }
        return where("(" + String.join(" OR ", matches) + ")", values);
    }

    /** How many rows match, exactly up to {@link ListCount#LIMIT}. */
    public ListCount count(EntityManager em) {
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM " + from + where()
                + " LIMIT " + (ListCount.LIMIT + 1) + ") counted");
        bind(query);
        return ListCount.countedTo(((Number) query.getSingleResult()).longValue());
    }

    /**
     * One page of the matching rows: the columns selected, ordered by the sort's column (one the list offers, or
     * the default) and then by the tie-breaker in the same direction, so that a descending sort can read an index
     * backwards.
     *
     * @param em where to read
     * @param columns the columns selected, as SQL
     * @param sortable the columns the list offers, by name, as SQL expressions
     * @param sort the order asked for
     * @param fallback the name of the column to sort by when the sort names none the list offers
     * @param tieBreaker a unique column that makes the order total
     * @param first the first row, from 0
     * @param size at most this many rows
     * @return the rows, each an array of the selected columns
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public List<Object[]> page(EntityManager em, String columns, Map<String, String> sortable, Sort sort,
                               String fallback, String tieBreaker, int first, int size) {
        boolean offered = sort != null && sortable.containsKey(sort.field());
        String column = sortable.get(offered ? sort.field() : fallback);
        String direction = !offered || sort.ascending() ? " ASC" : " DESC";
        Query query = em.createNativeQuery("SELECT " + columns + " FROM " + from
                + (joins.isEmpty() ? "" : " " + String.join(" ", joins)) + where()
                + " ORDER BY " + column + direction + ", " + tieBreaker + direction
                + " LIMIT " + Math.max(0, size) + " OFFSET " + Math.max(0, first));
        bind(query);
        List<?> rows = query.getResultList();
        List<Object[]> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            result.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return result;
    }

    private String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private void bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /** The text with LIKE's wildcards and the escape character escaped, to be matched as typed. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
