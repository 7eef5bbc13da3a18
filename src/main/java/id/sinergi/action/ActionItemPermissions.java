package id.sinergi.action;

import id.sinergi.agency.Agency;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an action item (DESIGN.md, roles): coordinators and administrators plan and decide; a liaison
 * reports progress only on items whose responsible agency is their own, and comments on items their agency supports;
 * leadership reads. The services call these checks on every write.
 */
@Component
class ActionItemPermissions {

    private final CurrentUser currentUser;

    ActionItemPermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** By granted authority, so that system jobs running with the coordinator role (demo data) count too. */
    boolean isCoordinator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.COORDINATOR.authority()));
    }

    boolean mayReport(ActionItem item) {
        return isCoordinator() || isLiaisonOf(item.getResponsibleAgency());
    }

    boolean mayComment(ActionItem item) {
        return mayReport(item) || item.getSupportingAgencies().stream().anyMatch(this::isLiaisonOf);
    }

    ActionItemAccess accessTo(ActionItem item) {
        boolean coordinator = isCoordinator();
        return new ActionItemAccess(coordinator, mayReport(item), mayComment(item), coordinator);
    }

    void requireReporter(ActionItem item) {
        if (!mayReport(item)) {
            throw new AccessDeniedException("Only the responsible agency reports progress on this item");
        }
    }

    void requireCommenter(ActionItem item) {
        if (!mayComment(item)) {
            throw new AccessDeniedException("Only the agencies of this item comment on it");
        }
    }

    private boolean isLiaisonOf(Agency agency) {
        UserPrincipal principal = currentUser.get().orElse(null);
        return principal != null && principal.role() == Role.LIAISON && agency != null
                && Objects.equals(principal.agencyId(), agency.getId());
    }
}
