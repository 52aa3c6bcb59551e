package au.gov.dss.socialmedia.admin.application;

import java.util.List;

/** Port: the initiatives list, paged and filtered in the database (implemented by the persistence adapter). */
public interface InitiativeListing {

    /** How many initiatives have the status (all of them when it is null or blank). */
    long count(String status);

    /** One page of the initiatives with the status (all when null or blank), newest draft first. */
    List<InitiativeRow> rows(String status, int first, int size);
}
