package au.gov.dss.socialmedia.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Sends a user who must change their password (the initial administrator, a new or reset user) to do that first,
 * and ends the session of a user who was disabled (or removed) since they logged in.
 */
@WebFilter(urlPatterns = "/app/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserStore users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            Optional<UserEntity> user = users.find(request.getUserPrincipal().getName());
            if (user.isEmpty() || !user.get().enabled()) {
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            if (user.get().mustChangePassword()) {
                response.sendRedirect(request.getContextPath() + "/change-password.xhtml");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
