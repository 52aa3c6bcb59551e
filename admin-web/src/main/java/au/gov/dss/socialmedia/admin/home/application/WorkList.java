package au.gov.dss.socialmedia.admin.home.application;

import java.io.Serializable;
import java.util.List;

/**
 * One kind of work waiting for the signed-in person (initiatives to decide, accounts to activate...).
 *
 * @param key what it is, as a key of the resource bundle ({@code work.toDecide}...)
 * @param items the things, each a link
 * @param more a list page that shows them all (with its filter), when there may be more than shown; or null
 */
public record WorkList(String key, List<WorkItem> items, String more) implements Serializable {

    /** Copies the items. */
    public WorkList {
        items = List.copyOf(items);
    }
}
