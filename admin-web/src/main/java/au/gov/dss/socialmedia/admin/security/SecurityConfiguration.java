package au.gov.dss.socialmedia.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login on the PrimeFaces login page, against the {@link DatabaseIdentityStore}. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({AppRole.ADMINISTRATOR, AppRole.APPROVER, AppRole.CONTRIBUTOR, AppRole.CONDUCT, AppRole.RECORDS,
        AppRole.AUDIT})
@ApplicationScoped
public class SecurityConfiguration {
}
