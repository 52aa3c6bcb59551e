package au.gov.dss.socialmedia.admin.session.web;

import au.gov.dss.socialmedia.admin.session.application.SignIn;
import au.gov.dss.socialmedia.admin.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SignIn signIn;

    private String username;
    private String password;

    /** Logs in, or says that the user name or password is wrong (never which). */
    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        UsernamePasswordCredential credential = SignIn.credential(username, password);
        // A failed authenticate() answers 401 itself; checking first keeps the user on this form with a message.
        if (!signIn.check(credential)) {
            Messages.error("login.failed", Messages.text("login.failed.detail"));
            return;
        }
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(credential).newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(signIn.landingPage((HttpServletRequest) external.getRequest()));
            default -> Messages.error("login.failed", Messages.text("login.failed.detail"));
        }
    }

    /** The user name typed. */
    public String getUsername() {
        return username;
    }

    /** Sets the user name typed. */
    public void setUsername(String username) {
        this.username = username;
    }

    /** The password typed. */
    public String getPassword() {
        return password;
    }

    /** Sets the password typed. */
    public void setPassword(String password) {
        this.password = password;
    }
}
