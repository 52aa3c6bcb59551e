package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.util.List;

/** Port: the initiatives list, paged and filtered in the database (implemented by the persistence adapter). */
public interface InitiativeListing extends ListSource<InitiativeFilter, InitiativeRow> {

    /** The initiatives awaiting CMB's decision, oldest submission first: at most max (value: id, label: title). */
    List<Option> awaitingDecision(int max);

    /** The initiatives of the submitter open for revision (draft, changes requested): at most max. */
    List<Option> openForRevisionBy(String employeeNumber, int max);
}
