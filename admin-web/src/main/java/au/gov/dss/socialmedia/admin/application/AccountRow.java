package au.gov.dss.socialmedia.admin.application;

import java.time.LocalDate;

import java.io.Serializable;

/**
 * An account as the accounts list shows it.
 *
 * @param id the account's id
 * @param platform the platform's name
 * @param address handle or URL
 * @param purpose what it is for
 * @param owningArea the owning business area's name
 * @param administrator the administrator's name
 * @param initiative the initiative it serves (id)
 * @param state PROPOSED, ACTIVE, SUSPENDED or DECOMMISSIONED
 * @param privacyNextDue when the next privacy review is due, or null
 * @param version the version shown, for detecting concurrent changes
 */
public record AccountRow(String id, String platform, String address, String purpose, String owningArea,
                         String administrator, String initiative, String state, LocalDate privacyNextDue,
                         long version) implements Serializable {
}
