package id.sinergi.user;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user as Spring Security holds it: just what permission checks need. */
public final class UserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final Role role;
    private final Long agencyId;
    private final boolean enabled;
    private String passwordHash;

    UserPrincipal(User user) {
        this.userId = user.getId();
        this.username = user.getUsername();
        this.role = user.getRole();
        this.agencyId = user.getAgency() == null ? null : user.getAgency().getId();
        this.enabled = user.isEnabled();
        this.passwordHash = user.getPasswordHash();
    }

    public long userId() {
        return userId;
    }

    public Role role() {
        return role;
    }

    /** The agency of a liaison (and of any user that has one); null when none. */
    public Long agencyId() {
        return agencyId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
