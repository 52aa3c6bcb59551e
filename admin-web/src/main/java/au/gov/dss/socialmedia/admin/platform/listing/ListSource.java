package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A list paged in the database: how many rows match a filter (counted no further than {@link ListCount#LIMIT}) and
 * one page of them. Every list of the app is one, so that one model pages them all and one export writes them all.
 *
 * @param <F> the filter (with its sort order)
 * @param <R> a row
 */
public interface ListSource<F, R> extends Serializable {

    /** The most rows an export writes. */
    int EXPORT_LIMIT = 100_000;

    /** How many rows match, exactly up to {@link ListCount#LIMIT}. */
    ListCount count(F filter);

    /** The rows from {@code first} (counting from 0), at most {@code size}. */
    List<R> rows(F filter, int first, int size);

    /** Every matching row in order, page by page, at most {@link #EXPORT_LIMIT}. */
    default List<R> all(F filter) {
        List<R> all = new ArrayList<>();
        int page = 1_000;
        while (all.size() < EXPORT_LIMIT) {
            List<R> rows = rows(filter, all.size(), Math.min(page, EXPORT_LIMIT - all.size()));
            all.addAll(rows);
            if (rows.size() < page) {
                break;
            }
        }
        return all;
    }
}
