package au.gov.dss.socialmedia.admin.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every list of the app must keep: for every filter, the count says as many rows as the pages show. Each
 * listing's test gives the filters (every combination of its parts, with values that match and values that do
 * not) and its count and rows, and the contract checks them all.
 */
public final class ListingContract {

    private ListingContract() {
    }

    /**
     * Checks that, for every filter, the count equals the number of rows and the rows come in pages that neither
     * miss nor repeat a row.
     *
     * @param filters the filters to try
     * @param count the listing's count
     * @param rows the listing's rows: filter, first, size
     * @param key a row's identity
     * @param <F> the filter
     * @param <R> a row
     */
    public static <F, R> void countAgreesWithRows(List<F> filters, Function<F, ListCount> count,
                                                  PageReader<F, R> rows, Function<R, Object> key) {
        assertTrue(filters.size() > 1, "a contract over one filter proves little");
        int filtersWithRows = 0;
        for (F filter : filters) {
            ListCount counted = count.apply(filter);
            List<R> all = rows.read(filter, 0, ListCount.LIMIT + 1);
            assertEquals(all.size(), counted.rows(), "the count and the rows disagree for " + filter);
            List<Object> paged = new ArrayList<>();
            for (int first = 0; first < all.size(); first += 2) {
                rows.read(filter, first, 2).forEach(row -> paged.add(key.apply(row)));
            }
            assertEquals(all.stream().map(key).toList(), paged, "pages of 2 miss or repeat a row for " + filter);
            filtersWithRows += all.isEmpty() ? 0 : 1;
        }
        assertTrue(filtersWithRows > 0 && filtersWithRows < filters.size(),
                "the filters should include some that match rows and some that match none");
    }

    /** One page of a listing. */
    @FunctionalInterface
    public interface PageReader<F, R> {
        /** The rows of the filter from {@code first}, at most {@code size}. */
        List<R> read(F filter, int first, int size);
    }

    /** Every combination of the values of each part of a filter (null meaning "any"). */
    public static List<List<String>> combinations(List<List<String>> parts) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(new ArrayList<>());
        for (List<String> values : parts) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String value : values) {
                    List<String> combination = new ArrayList<>(prefix);
                    combination.add(value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }
}
