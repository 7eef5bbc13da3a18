package id.sinergi.security;

import id.sinergi.user.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/** Records the new login session (after the session id was changed), so that it can be listed and ended on any node. */
class SessionRegistration implements SessionAuthenticationStrategy {

    private final SessionService sessions;

    SessionRegistration(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof UserPrincipal principal) {
            sessions.start(principal.userId(), request);
        }
    }
}
