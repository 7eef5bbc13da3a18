package id.sinergi.user;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the principal of the current security context. */
@Component
public class CurrentUser {

    public Optional<UserPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public UserPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not logged in"));
    }

    public boolean hasRole(Role role) {
        return get().map(p -> p.role() == role).orElse(false);
    }
}
