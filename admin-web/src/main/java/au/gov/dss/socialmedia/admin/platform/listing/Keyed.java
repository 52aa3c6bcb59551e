package au.gov.dss.socialmedia.admin.platform.listing;

/** A row of a list, known by its key (the thing's id), which the list's page uses to tell rows apart. */
public interface Keyed {

    /** The row's key. */
    String id();
}
