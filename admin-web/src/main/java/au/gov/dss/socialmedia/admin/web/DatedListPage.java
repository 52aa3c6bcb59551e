package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.time.LocalDate;

/**
 * A list that is also filtered by days (from the first to the last, in Canberra), typed as {@code d/m/yyyy} in the
 * page's date fields: the audit trail, the posts.
 *
 * @param <F> the list's filter
 * @param <R> a row
 */
public abstract class DatedListPage<F, R extends Keyed> extends ListPage<F, R> {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate until;

    /** @return the first day */
    public LocalDate getFrom() {
        return from;
    }

    /** @param from the first day */
    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** @return the last day */
    public LocalDate getUntil() {
        return until;
    }

    /** @param until the last day */
    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
