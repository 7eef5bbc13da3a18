package id.sinergi.security;

import java.time.Instant;

/** Test access to the package-private constructor: what a right password leaves in the session. */
public final class PendingLogins {

    private PendingLogins() {
    }

    public static PendingLogin of(long userId, String username, boolean enrolmentNeeded) {
        return new PendingLogin(userId, username, enrolmentNeeded, Instant.now());
    }
}
