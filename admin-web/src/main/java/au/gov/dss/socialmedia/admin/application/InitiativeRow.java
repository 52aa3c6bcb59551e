package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * An initiative as the initiatives list shows it.
 *
 * @param id the initiative's id
 * @param title its title
 * @param sponsoringArea the sponsoring business area's name
 * @param submitter the submitter's name
 * @param status DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, ACTIVE or CLOSED
 * @param draftedAt when it was drafted
 * @param version the version shown, for detecting concurrent changes
 */
public record InitiativeRow(String id, String title, String sponsoringArea, String submitter, String status,
                            Instant draftedAt, long version) implements Serializable {
}
