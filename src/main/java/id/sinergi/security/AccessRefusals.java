package id.sinergi.security;

import id.sinergi.audit.AuditService;
import id.sinergi.user.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Audits every permission refusal of a logged-in user: a service call refused by {@code @PreAuthorize} or a request
 * refused by the web security rules. (Refused navigation to a view is audited by the access-denied view.)
 */
@Component
class AccessRefusals {

    private final AuditService audit;

    AccessRefusals(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || !(authentication.getPrincipal() instanceof UserPrincipal principal)) {
            return; // anonymous visitors are sent to the login page; that is not worth an audit entry
        }
        String what = switch (event.getSource()) {
            case MethodInvocation invocation -> "operation: " + invocation.getMethod().getDeclaringClass().getSimpleName()
                    + "." + invocation.getMethod().getName();
            case HttpServletRequest request -> "request: " + request.getMethod() + " " + request.getRequestURI();
            default -> "object: " + event.getSource().getClass().getSimpleName();
        };
        audit.recordStandalone("ACCESS_DENIED", principal.getUsername(), what + "\nrole: " + principal.role());
    }
}
