package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one model of every list of the app: PrimeFaces asks it for the count and for a page, and it asks the list's
 * {@link ListSource} with the page's filter and the sort order (the column clicked, or the one the address named).
 * It remembers whether more rows matched than the list counts, so that the page can say "more than 10,000".
 *
 * @param <F> the list's filter
 * @param <R> a row
 */
public final class LazyList<F, R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** Makes the page's filter for a sort order. */
    @FunctionalInterface
    public interface FilterFor<F> extends Serializable {
        /** The filter the page shows now, in this order. */
        F with(Sort sort);
    }

    /** The key of a row, for selection. */
    @FunctionalInterface
    public interface RowKey<R> extends Serializable {
        /** The row's key. */
        String of(R row);
    }

    private final ListSource<F, R> source;
    private final FilterFor<F> filter;
    private final RowKey<R> key;
    private ListCount counted = new ListCount(0, false);

    /**
     * A model over the list.
     *
     * @param source the list
     * @param filter the page's filter, for a sort order (the page's default order when none was clicked)
     * @param key a row's key
     */
    public LazyList(ListSource<F, R> source, FilterFor<F> filter, RowKey<R> key) {
        this.source = source;
        this.filter = filter;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        counted = source.count(filter.with(null));
        return (int) counted.rows();
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta clicked = sortBy.values().stream().findFirst().orElse(null);
        Sort sort = clicked == null ? null : new Sort(clicked.getField(), clicked.getOrder() != SortOrder.DESCENDING);
        return source.rows(filter.with(sort), first, pageSize);
    }

    @Override
    public String getRowKey(R row) {
        return key.of(row);
    }

    @Override
    public R getRowData(String rowKey) {
        return null;
    }

    /** How many rows the list counted the last time it was shown. */
    public ListCount getCounted() {
        return counted;
    }

    /** Whether more rows matched than the list counts (the page then says "more than"). */
    public boolean isMore() {
        return counted.more();
    }
}
