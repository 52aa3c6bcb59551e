package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;

/**
 * What every list page shares. Its filter is held by the names the address uses ({@code q} for the text, a name per
 * menu, {@code sort} and {@code order}), so that the form and the address's parameters write the same map
 * ({@code #{accountsPage.filter.q}}); the one lazy model reads the list page by page;
 * applying the filter shows the first page and writes the filter into the address; the export writes the list as
 * filtered.
 *
 * @param <F> the list's filter
 * @param <R> a row
 */
public abstract class ListPage<F, R extends Keyed> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the page writes what people read (its export too). */
    @Inject
    protected Formats fmt;

    /** Today, for the export's name. */
    @Inject
    protected Clock clock;

    private final Map<String, String> filter = new LinkedHashMap<>();
    private Sort ownOrder;
    private LazyList.FilterFor<F> filterIn;
    private LazyList<F, R> model;

    /**
     * Says what the page lists, when it is made ({@code @PostConstruct}).
     *
     * @param list the list (the feature's queries, which page it in the database)
     * @param ownOrder the list's order when neither a click nor the address names one (null: the list's own)
     * @param filterIn the list's filter from the page's, in an order: {@code order -> new AccountFilter(part("q"),
     *                 part("state"), order)}
     */
    protected void show(ListSource<F, R> list, Sort ownOrder, LazyList.FilterFor<F> filterIn) {
        this.ownOrder = ownOrder;
        this.filterIn = filterIn;
        this.model = new LazyList<>(list, this::shown, Keyed::id);
    }

    /** The filter by the names the address uses, which the form writes: {@code #{accountsPage.filter.q}}. */
    public Map<String, String> getFilter() {
        return filter;
    }

    /** One part of the filter ({@code q} is the text), or null when it is blank. */
    protected String part(String name) {
        String value = filter.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The filter the page shows: in the order clicked, else the one the address names, else the list's own. */
    protected F shown(Sort clicked) {
        return filterIn.with(clicked != null ? clicked : Sort.of(filter.get("sort"), filter.get("order"), ownOrder));
    }

    /** The rows, loaded page by page from the database. */
    public LazyList<F, R> getModel() {
        return model;
    }

    /** Applies the filter: the list shows its first page, and the address names the filter. */
    public void apply() {
        Pages.resetList("list:table");
        Pages.showInAddress(filter);
    }

    /**
     * The list as filtered, as a CSV file named after it and today's date; null, with the refusal shown on the filter
     * form, when the export is refused.
     *
     * @param name the file's name before the date ({@code accounts})
     * @param export the feature's export (checked and audited)
     * @param headingKeys the columns' headings, as keys of the resource bundle
     * @param cells a row's cells, in the order of the headings
     * @return the file, or null
     */
    protected StreamedContent csv(String name, Function<F, List<R>> export, List<String> headingKeys,
                                  Function<R, List<String>> cells) {
        List<String> headings = headingKeys.stream().map(Messages::text).toList();
        return CommandFeedback.run("filter", () -> export.apply(shown(null)))
                .map(rows -> CsvExport.file(Pages.exportName(name, clock), headings, rows, cells)).orElse(null);
    }
}
