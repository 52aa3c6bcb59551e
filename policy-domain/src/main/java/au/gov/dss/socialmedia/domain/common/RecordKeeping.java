package au.gov.dss.socialmedia.domain.common;

/**
 * Port: where the domain's events go to become public records ("Make a record"; the Recordkeeping clause).
 * Social media platforms are not recordkeeping systems, so every event that evidences a decision or an official
 * communication is captured into the department's recordkeeping system. The records adapter implements this port
 * with a transactional outbox: an application service calls {@link #capture(DomainEvent)} in the same transaction
 * as the change that caused the event, so a committed change always has its record pending.
 */
public interface RecordKeeping {

    /**
     * Asks for the event to be captured as a record. Implementations must be idempotent per
     * {@link DomainEvent#eventId()}: capturing the same event twice makes one record.
     *
     * @param event the event to keep
     */
    void capture(DomainEvent event);
}
