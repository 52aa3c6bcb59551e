package au.gov.dss.socialmedia.admin.account.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An account as the accounts list shows it.
 *
 * @param id the account's id (for its address, never shown)
 * @param platform the platform's name
 * @param address handle or URL
 * @param owningArea the owning business area's name
 * @param administrator the administrator's name
 * @param state PROPOSED, ACTIVE, SUSPENDED or DECOMMISSIONED (shown in words)
 * @param privacyNextDue when the next privacy review is due, or null
 */
public record AccountRow(String id, String platform, String address, String owningArea, String administrator,
                         String state, LocalDate privacyNextDue) implements Serializable, Keyed {
}
