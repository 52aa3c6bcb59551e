package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the "who may do this on account X now" view: an employee and the authorisation that lets them.
 *
 * @param employee the employee
 * @param authorisation the authorisation that grants the authority
 * @param role the role it grants
 * @param until when its validity period ends
 */
public record AuthorisedEmployee(EmployeeId employee, AuthorisationId authorisation, Role role, Instant until) {

    /** Refuses missing parts. */
    public AuthorisedEmployee {
        Objects.requireNonNull(employee, "employee must not be null");
        Objects.requireNonNull(authorisation, "authorisation must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(until, "until must not be null");
    }
}
