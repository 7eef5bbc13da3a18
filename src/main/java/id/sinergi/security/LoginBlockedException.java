package id.sinergi.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or from this address: refused before any password is checked. */
class LoginBlockedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    LoginBlockedException() {
        super("Too many failed logins; try again later");
    }
}
