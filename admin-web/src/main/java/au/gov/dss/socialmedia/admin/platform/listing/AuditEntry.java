package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit entry as the pages show it.
 *
 * @param seq its position in the chain
 * @param occurredAt when
 * @param actor who (user name)
 * @param actorName who, by name (the user name for entries written before names were kept)
 * @param action what, as its key (for example {@code account.activate}); pages show it in words
 * @param subjectKind the kind of thing it was about ({@code ACCOUNT}...), or {@code NONE}
 * @param subjectId the thing's id, or empty
 * @param subjectLabel the thing's name at the time
 * @param outcome DONE, REFUSED, INVALID or ERROR
 * @param detail what changed, or why it was refused
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String actorName, String action,
                         String subjectKind, String subjectId, String subjectLabel, String outcome, String detail)
        implements Serializable, Keyed {

    /** The entry's key: its position in the chain. */
    @Override
    public String id() {
        return Long.toString(seq);
    }
}
