package id.sinergi.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address and HTTP session of the request being served (behind a trusted proxy: the forwarded address). */
final class ClientAddress {

    private ClientAddress() {
    }

    static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    /** Null outside an HTTP request (system jobs, tests calling services directly). */
    static String current() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    /** The session reference of the current request's login session, if any. */
    static String currentSessionRef() {
        HttpServletRequest request = currentRequest();
        var session = request == null ? null : request.getSession(false);
        Object ref = session == null ? null : session.getAttribute(SessionService.SESSION_ATTRIBUTE);
        return ref instanceof String id ? id : null;
    }
}
