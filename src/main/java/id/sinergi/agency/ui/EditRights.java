package id.sinergi.agency.ui;

import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;

/** Administrators and coordinators edit reference data; the services enforce it, the views only hide the buttons. */
final class EditRights {

    private EditRights() {
    }

    static boolean canEdit(CurrentUser currentUser) {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR);
    }
}
