package au.gov.dss.socialmedia.admin.audit;

import java.time.Instant;

import java.io.Serializable;

/**
 * An audit entry as the audit page shows it.
 *
 * @param seq its position in the chain
 * @param occurredAt when
 * @param actor who (user name)
 * @param action what (for example {@code account.activate})
 * @param target on what
 * @param outcome DONE, REFUSED or INVALID
 * @param detail the refusal's reason, or what changed
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String target, String outcome,
                         String detail) implements Serializable {
}
