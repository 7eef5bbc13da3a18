package id.sinergi.desabinaan;

import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change what: administrators and coordinators manage assignments and activities; a liaison whose agency is
 * the fostering office manages that office's activities; everyone else reads.
 */
@Component
public class DesaBinaanRights {

    static final String EDITORS = "hasAnyRole('ADMIN','COORDINATOR')";

    private final CurrentUser currentUser;

    DesaBinaanRights(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canManageAssignments() {
        return currentUser.get().map(p -> p.role() == Role.ADMIN || p.role() == Role.COORDINATOR).orElse(false);
    }

    public boolean canManageActivitiesOf(Long officeId) {
        if (canManageAssignments()) {
            return true;
        }
        UserPrincipal user = currentUser.get().orElse(null);
        return user != null && user.role() == Role.LIAISON && user.agencyId() != null && user.agencyId().equals(officeId);
    }

    void requireActivityRights(Long officeId) {
        if (!canManageActivitiesOf(officeId)) {
            throw new AccessDeniedException("Village activities of office " + officeId);
        }
    }
}
