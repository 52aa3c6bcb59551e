package au.gov.dss.socialmedia.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the app knows; the login itself is the {@link SessionAuthenticationMechanism}. */
@DeclareRoles({AppRole.ADMINISTRATOR, AppRole.APPROVER, AppRole.CONTRIBUTOR, AppRole.CONDUCT, AppRole.RECORDS,
        AppRole.AUDIT, AppRole.PLAIN_EMPLOYEE})
@ApplicationScoped
public class SecurityConfiguration {
}
