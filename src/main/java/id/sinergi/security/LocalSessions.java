package id.sinergi.security;

import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** The HTTP sessions of logged-in users on this node, by session reference, so an ended session is closed at once here. */
@Component
class LocalSessions {

    private final ConcurrentMap<String, HttpSession> sessions = new ConcurrentHashMap<>();

    void register(String reference, HttpSession session) {
        sessions.put(reference, session);
    }

    void unregister(String reference) {
        sessions.remove(reference);
    }

    Set<String> references() {
        return Set.copyOf(sessions.keySet());
    }

    void invalidate(Collection<String> references) {
        for (String reference : references) {
            HttpSession session = sessions.remove(reference);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile by a timeout or a logout
                }
            }
        }
    }
}
