package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.util.List;

/** Port: the initiatives list, paged and filtered in the database (implemented by the persistence adapter). */
public interface InitiativeListing {

    /** How many initiatives match the filter, exactly up to {@link ListCount#LIMIT}. */
    ListCount count(InitiativeFilter filter);

    /** One page of the initiatives matching the filter, in its order. */
    List<InitiativeRow> rows(InitiativeFilter filter, int first, int size);

    /** The initiatives awaiting CMB's decision, oldest submission first: at most max (value: id, label: title). */
    List<Option> awaitingDecision(int max);

    /** The initiatives of the submitter open for revision (draft, changes requested): at most max. */
    List<Option> openForRevisionBy(String employeeNumber, int max);
}
