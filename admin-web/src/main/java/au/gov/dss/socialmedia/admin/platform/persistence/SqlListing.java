package au.gov.dss.socialmedia.admin.platform.persistence;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * A list of the app read in SQL. A listing writes its filter once ({@link #query}) and how a page of selected columns
 * becomes rows ({@link #read}); this gives both the bounded count and the page, in the order the filter asks for (a
 * column the list offers) or the list's own, so that count and page cannot disagree about what the filter is.
 *
 * @param <F> the filter
 * @param <R> a row
 */
public abstract class SqlListing<F extends Sorted, R> {

    private final EntityManager em;
    private final String columns;
    private final Map<String, String> sortable;
    private final Sort ownOrder;
    private final String tieBreaker;

    /**
     * A listing.
     *
     * @param em where it reads
     * @param columns the columns a row is read from, as SQL
     * @param sortable the orders the list offers: a name the page uses, and its SQL expression
     * @param ownOrder the list's order when the filter names none it offers
     * @param tieBreaker a unique column that makes every order total, so that pages neither miss nor repeat a row
     */
    protected SqlListing(EntityManager em, String columns, Map<String, String> sortable, Sort ownOrder,
                         String tieBreaker) {
        this.em = em;
        this.columns = columns;
        this.sortable = sortable;
        this.ownOrder = ownOrder;
        this.tieBreaker = tieBreaker;
    }

    /** The list's one filter, for the count and the page. */
    protected abstract ListQuery query(F filter);

    /** The rows of a page, from their selected columns (a listing may read more for the whole page at once). */
    protected abstract List<R> read(List<Object[]> page);

    /** How many rows match, exactly up to {@link ListCount#LIMIT}. */
    public ListCount count(F filter) {
        return query(filter).count(em);
    }

    /** The rows from {@code first}, at most {@code size}, in the order asked for. */
    public List<R> rows(F filter, int first, int size) {
        Sort asked = filter.sort() == null ? ownOrder : filter.sort();
        return read(query(filter).page(em, columns, sortable, asked, ownOrder.field(), tieBreaker, first, size));
    }

    /** Where the listing reads, for its other queries. */
    protected EntityManager em() {
        return em;
    }
}
