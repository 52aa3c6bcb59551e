package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;

/**
 * The order of a list: a column the list offers and its direction. A listing ignores a column it does not offer
 * and sorts by its default instead.
 *
 * @param field the column, by the name the list gives it (for example {@code address})
 * @param ascending whether ascending
 */
public record Sort(String field, boolean ascending) implements Serializable {

    /** Ascending by the column. */
    public static Sort by(String field) {
        return new Sort(field, true);
    }

    /** From the parameters of an address ({@code sort=owningArea&order=desc}), or the default when none given. */
    public static Sort of(String field, String order, Sort otherwise) {
        return field == null || field.isBlank() ? otherwise
                : new Sort(field.strip(), !"desc".equalsIgnoreCase(order == null ? "" : order.strip()));
    }
}
