package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;

/**
 * What happened to an authorisation. The records adapter archives every one of them as a public record.
 */
public sealed interface AuthorisationEvent extends DomainEvent
        permits AuthorisationGranted, AuthorisationSuspended, AuthorisationReinstated, AuthorisationRevoked,
        AuthorisationRenewed, AuthorisationExpired {

    /** The authorisation it happened to. */
    AuthorisationId authorisationId();

    /** The employee who holds the authorisation. */
    EmployeeId holder();
}
