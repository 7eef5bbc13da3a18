package id.sinergi.security;

import id.sinergi.user.UserPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a logged-in user: is the login session still valid in the database (not ended by a password
 * change, a disabled account, an administrator, or its absolute lifetime)? If not, the HTTP session is invalidated and
 * the request goes on anonymously: a page is sent to the login view, a Vaadin request learns its session expired.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private final SessionService sessions;

    SessionValidityFilter(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof UserPrincipal principal) {
            Object reference = session.getAttribute(SessionService.SESSION_ATTRIBUTE);
            if (!sessions.validate(reference instanceof String id ? id : null, principal.userId())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
