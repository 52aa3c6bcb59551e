package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;
import java.time.Instant;

/**
 * An initiative as the initiatives list shows it.
 *
 * @param id the initiative's id (for its address, never shown)
 * @param title its title
 * @param sponsoringArea the sponsoring business area's name
 * @param submitter the submitter's name
 * @param status its status (shown in words)
 * @param draftedAt when it was drafted
 */
public record InitiativeRow(String id, String title, String sponsoringArea, String submitter, String status,
                            Instant draftedAt) implements Serializable, Keyed {
}
