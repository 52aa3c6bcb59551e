package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;

/**
 * How many rows a list page has: exact up to {@link #LIMIT}, and beyond it only "more than {@value #LIMIT}". An exact
 * count of a very large result costs as much as reading it, and nobody pages through ten thousand rows: they filter.
 * So the cost of a list page stays the same however large the table grows.
 *
 * @param rows the rows to page through: the exact count, or {@link #LIMIT} when there are more
 * @param more whether more rows match than {@link #LIMIT}
 */
public record ListCount(long rows, boolean more) implements Serializable {

    /** The most rows a list counts exactly. */
    public static final int LIMIT = 10_000;

    /** The count of a query that counted no further than {@code LIMIT + 1}. */
    public static ListCount countedTo(long counted) {
        return counted > LIMIT ? new ListCount(LIMIT, true) : new ListCount(counted, false);
    }
}
