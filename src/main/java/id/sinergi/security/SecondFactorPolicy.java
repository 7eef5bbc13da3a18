package id.sinergi.security;

import id.sinergi.user.Role;

/** Who must log in with a second factor (users who enrolled one always use it). */
public enum SecondFactorPolicy {
    /** Nobody is forced; users may enrol. */
    NONE,
    /** Administrators and coordinators must enrol and use it. */
    PRIVILEGED,
    /** Every user must enrol and use it. */
    ALL;

    public boolean requires(Role role) {
        return switch (this) {
            case NONE -> false;
            case PRIVILEGED -> role == Role.ADMIN || role == Role.COORDINATOR;
            case ALL -> true;
        };
    }

    public String messageKey() {
        return "security.policy." + name();
    }
}
