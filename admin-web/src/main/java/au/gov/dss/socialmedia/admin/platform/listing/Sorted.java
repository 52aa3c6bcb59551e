package au.gov.dss.socialmedia.admin.platform.listing;

/** A list's filter, which names the order the list is read in (null: the list's own order). */
public interface Sorted {

    /** The order asked for, or null. */
    Sort sort();
}
