package id.sinergi.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/** Marks a login session ended when its HTTP session goes: logout, idle timeout or invalidation. */
@Component
class SessionClosedListener implements HttpSessionListener {

    private final SessionService sessions;

    SessionClosedListener(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SessionService.SESSION_ATTRIBUTE) instanceof String reference) {
            sessions.closed(reference);
        }
    }
}
