package au.gov.dss.socialmedia.domain.common;

import java.time.Instant;

/**
 * Something that happened in the domain, named in the past tense ({@code AccountActivated},
 * {@code AuthorisationRevoked}, {@code SanctionImposed}). Every command of an aggregate returns the events it
 * caused; the records adapter archives them as public records.
 */
public interface DomainEvent {

    /** The unique identifier of this event. */
    EventId eventId();

    /** When it happened, from the clock given to the command. */
    Instant occurredAt();

    /** The employee who caused it, when a person did. */
    EmployeeId actor();
}
