package id.sinergi.security;

import id.sinergi.audit.AuditService;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Object-level checks for services (ASVS 8.2.2): "may this caller change this record?", asked every time an id comes
 * from a URL or a parameter. A refusal is audited and thrown as {@link AccessDeniedException}, which the UI shows as
 * "not allowed" (or, for a URL, as "not found", see {@code base.ui.ObjectReferences}).
 * <p>
 * DESIGN.md: administrators and coordinators change records of every agency; a liaison changes only records whose
 * responsible agency is their own; leadership changes nothing.
 */
@Component
public class ObjectAccess {

    private final CurrentUser currentUser;
    private final AuditService audit;

    ObjectAccess(CurrentUser currentUser, AuditService audit) {
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the caller may change a record owned by {@code ownerAgencyId}. */
    public boolean mayChange(Long ownerAgencyId) {
        UserPrincipal user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN, COORDINATOR -> true;
            case LIAISON -> ownerAgencyId != null && Objects.equals(ownerAgencyId, user.agencyId());
            case LEADERSHIP -> false;
        };
    }

    /** Throws (and audits) unless the caller may change the record; call it before any change, in the service. */
    public void requireMayChange(String entityType, Object entityId, Long ownerAgencyId) {
        if (!mayChange(ownerAgencyId)) {
            throw refuse(entityType, entityId);
        }
    }

    /** Throws (and audits) unless the caller has one of the roles. */
    public void requireRole(String entityType, Object entityId, Role... roles) {
        Role role = currentUser.get().map(UserPrincipal::role).orElse(null);
        for (Role allowed : roles) {
            if (allowed == role) {
                return;
            }
        }
        throw refuse(entityType, entityId);
    }

    /** Audits the refused access to one record; returns the exception to throw ({@code throw access.refuse(...)}). */
    public AccessDeniedException refuse(String entityType, Object entityId) {
        String who = currentUser.get().map(UserPrincipal::getUsername).orElse("anonymous");
        audit.recordStandalone("ACCESS_DENIED", who, "record: " + entityType + " " + entityId);
        return new AccessDeniedException("Not allowed: " + entityType + " " + entityId);
    }
}
