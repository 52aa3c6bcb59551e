package au.gov.dss.socialmedia.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Form login on the PrimeFaces login page, against the {@link DatabaseIdentityStore}, remembered in the HTTP
 * session by user name only. Someone who asks for a page of the app without being logged in is sent to the login
 * page, and after logging in to the page they asked for.
 *
 * <p>Every request after login tells the container who the caller is <em>and their roles as stored now</em>: a
 * disabled user is logged out at their next request and a role change applies at once. The server's own way of
 * remembering a login ({@code @AutoApplySession}) is not used: under load Payara Micro 6 sometimes loses the
 * remembered roles and answers 403 to a logged-in user (payara/Payara#6145).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the logged-in user's name. */
    static final String USER_NAME = SessionAuthenticationMechanism.class.getName() + ".user";

    /** The request attribute holding the logged-in user, as read for this request. */
    static final String USER = SessionAuthenticationMechanism.class.getName() + ".entity";

    /** The login page. */
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The page shown after logging in when no other page was asked for. */
    public static final String HOME_PAGE = "/app/index.xhtml";

    /** The session attribute holding the page asked for before logging in. */
    private static final String RETURN_TO = SessionAuthenticationMechanism.class.getName() + ".returnTo";

    /** The request attribute holding the page to show after a successful login. */
    private static final String LANDING = SessionAuthenticationMechanism.class.getName() + ".landing";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserStore users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return logIn(credential, request, context);
        }
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(USER_NAME);
        if (!(name instanceof String username)) {
            return anonymous(request, response, context);
        }
        Optional<UserEntity> user = users.find(username).filter(UserEntity::enabled);
        if (user.isEmpty()) {
            // Disabled or removed since the login: the session ends here; a protected page asks to log in again.
            session.invalidate();
            return anonymous(request, response, context);
        }
        request.setAttribute(USER, user.get());
        return context.notifyContainerAboutLogin(username,
                user.get().roles().stream().map(AppRole::name).collect(Collectors.toSet()));
    }

    /** Lets an anonymous visitor see public pages; sends them to log in for any other. */
    private static AuthenticationStatus anonymous(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An AJAX request of a page whose session ended: Faces' script follows this redirect.
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + login + "\"/></partial-response>");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if ("GET".equals(request.getMethod())) {
            String asked = request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession().setAttribute(RETURN_TO, asked);
        }
        return context.redirect(login);
    }

    /**
     * The page to show after the login made in this request: the page of the app asked for before logging in, or
     * the home page.
     */
    public static String landingPage(HttpServletRequest request) {
        return request.getAttribute(LANDING) instanceof String page ? page : request.getContextPath() + HOME_PAGE;
    }

    private AuthenticationStatus logIn(Credential credential, HttpServletRequest request,
            HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId(); // no session fixation: the id known before login is worthless after it
            if (session.getAttribute(RETURN_TO) instanceof String asked
                    && asked.startsWith(request.getContextPath() + "/app/")) {
                request.setAttribute(LANDING, asked);
            }
            session.removeAttribute(RETURN_TO);
        }
        request.getSession().setAttribute(USER_NAME, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(USER_NAME);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
