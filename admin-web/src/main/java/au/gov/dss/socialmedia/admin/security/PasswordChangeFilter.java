package au.gov.dss.socialmedia.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends a user who must change their password (the initial administrator, a new or reset user) to do that first.
 * (A user disabled since they logged in never gets here: the {@link SessionAuthenticationMechanism} ends their
 * session at their next request.)
 */
@WebFilter(urlPatterns = "/app/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserStore users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UserEntity> user = Optional.ofNullable(
                (UserEntity) request.getAttribute(SessionAuthenticationMechanism.USER));
        if (user.isEmpty() && request.getUserPrincipal() != null) {
            // The first request after a login that interrupted a visit is answered from the login itself.
            user = users.find(request.getUserPrincipal().getName());
        }
        if (user.isPresent() && user.get().mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/change-password.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
