package au.gov.dss.socialmedia.admin.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends a user who must change their password (the initial administrator, a reset user) to do that first. */
@WebFilter(urlPatterns = "/app/*")
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserStore users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && users.find(request.getUserPrincipal().getName()).map(UserEntity::mustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + "/change-password.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
