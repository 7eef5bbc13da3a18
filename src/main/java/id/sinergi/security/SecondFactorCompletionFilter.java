package id.sinergi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /login/complete}: turns a pending login whose second factor was verified into a real login, with a new
 * session id, as a plain HTTP request (the second step runs in Vaadin, which must not swap sessions mid-request).
 */
class SecondFactorCompletionFilter extends OncePerRequestFilter {

    static final String PATH = "/login/complete";

    private final UserDetailsService users;
    private final SecurityContextRepository contexts;
    private final SessionService sessions;
    private final Clock clock;

    SecondFactorCompletionFilter(UserDetailsService users, SecurityContextRepository contexts, SessionService sessions,
                                 Clock clock) {
        this.users = users;
        this.contexts = contexts;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getContextPath() + PATH).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object attribute = session == null ? null : session.getAttribute(PendingLogin.SESSION_ATTRIBUTE);
        if (!(attribute instanceof PendingLogin pending) || !pending.isVerified() || pending.expiredAt(clock.instant())) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        session.removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        UserDetails user = users.loadUserByUsername(pending.username());
        if (!user.isEnabled()) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.start(pending.userId(), request);
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        response.sendRedirect(saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/");
    }
}
