package id.sinergi.demo;

import id.sinergi.user.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Runs demo loading steps under an identity, so they pass the services' permission checks and audit like real use. */
final class DemoIdentity {

    private DemoIdentity() {
    }

    /** As "system" with the coordinator role (before any account exists). */
    static void asSystemCoordinator(Runnable work) {
        as(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.COORDINATOR.authority()))), work);
    }

    /** As one of the demo accounts. */
    static void as(UserDetails user, Runnable work) {
        as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private static void as(Authentication authentication, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
