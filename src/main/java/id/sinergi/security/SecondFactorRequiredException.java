package id.sinergi.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** The password was right, but the login needs a second step; the failure handler keeps the pending login. */
class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;
    private final transient PendingLogin pending;

    SecondFactorRequiredException(PendingLogin pending) {
        super("Second factor required");
        this.pending = pending;
    }

    PendingLogin pending() {
        return pending;
    }
}
