package id.sinergi.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login whose password was right but whose second factor is still missing. It lives only in the server-side HTTP
 * session (attribute {@link #SESSION_ATTRIBUTE}); until it is verified the browser stays anonymous, so no view and no
 * service call is reachable. Only this package creates one.
 */
public final class PendingLogin implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    public static final String SESSION_ATTRIBUTE = "sinergi.pendingLogin";
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_WRONG_CODES = 5;

    private final long userId;
    private final String username;
    private final boolean enrolmentNeeded;
    private final Instant startedAt;
    private int wrongCodes;
    private boolean verified;

    PendingLogin(long userId, String username, boolean enrolmentNeeded, Instant startedAt) {
        this.userId = userId;
        this.username = username;
        this.enrolmentNeeded = enrolmentNeeded;
        this.startedAt = startedAt;
    }

    long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    /** The user has no authenticator yet but must use one: the second step enrols it. */
    public boolean enrolmentNeeded() {
        return enrolmentNeeded;
    }

    boolean expiredAt(Instant now) {
        return startedAt.plus(LIFETIME).isBefore(now);
    }

    /** Counts a wrong code; true when the attempts are used up and the login must start again. */
    synchronized boolean wrongCode() {
        wrongCodes++;
        return wrongCodes >= MAX_WRONG_CODES;
    }

    synchronized void markVerified() {
        verified = true;
    }

    public synchronized boolean isVerified() {
        return verified;
    }
}
