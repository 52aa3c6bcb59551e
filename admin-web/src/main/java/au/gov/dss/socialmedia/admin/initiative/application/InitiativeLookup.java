package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.util.List;
import java.util.Optional;

/** Port: initiatives as the forms of other features offer and name them. */
public interface InitiativeLookup {

    /**
     * The initiatives an official account may serve (approved by CMB: APPROVED or ACTIVE), by title (value: id,
     * label: title and sponsoring area): at most 500.
     */
    List<Option> approved();

    /** The initiative's title, if there is one with this id. */
    Optional<String> title(String initiativeId);
}
