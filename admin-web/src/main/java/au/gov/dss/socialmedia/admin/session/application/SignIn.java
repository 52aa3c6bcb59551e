package au.gov.dss.socialmedia.admin.session.application;

import au.gov.dss.socialmedia.admin.security.SessionAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signing in: whether a user name and password are right (never which one is wrong), and where the person lands
 * after (the page they asked for before they were sent to log in, or the home page).
 */
@ApplicationScoped
public class SignIn {

    private IdentityStoreHandler identityStores;

    /** For CDI's proxies. */
    protected SignIn() {
    }

    /** Sign-in checked against the app's identity stores. */
    @Inject
    public SignIn(IdentityStoreHandler identityStores) {
        this.identityStores = identityStores;
    }

    /** The credential, when the user name and password are right. */
    public boolean check(UsernamePasswordCredential credential) {
        return identityStores.validate(credential).getStatus() == CredentialValidationResult.Status.VALID;
    }

    /** The credential for what was typed. */
    public static UsernamePasswordCredential credential(String username, String password) {
        return new UsernamePasswordCredential(username == null ? "" : username,
                new Password(password == null ? "" : password));
    }

    /** Where the person lands after signing in. */
    public String landingPage(HttpServletRequest request) {
        return SessionAuthenticationMechanism.landingPage(request);
    }
}
