package id.sinergi.user;

/** The four roles of DESIGN.md. The constants are for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public enum Role {
    ADMIN, COORDINATOR, LIAISON, LEADERSHIP;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String LIAISON_NAME = "LIAISON";
    public static final String LEADERSHIP_NAME = "LEADERSHIP";

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
