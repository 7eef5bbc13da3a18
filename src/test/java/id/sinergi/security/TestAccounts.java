package id.sinergi.security;

import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fresh accounts with a known password for the security tests, so that their failed logins never slow down the demo
 * accounts other tests use. Also unique fake client addresses (documentation range), one per test.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "kopi-tubruk-di-pontang";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final int START = java.util.concurrent.ThreadLocalRandom.current().nextInt(65_536);

    private final UserService userService;
    private final UserDetailsService userDetailsService;

    TestAccounts(UserService userService, UserDetailsService userDetailsService) {
        this.userService = userService;
        this.userDetailsService = userDetailsService;
    }

    public String create() {
        return create(Role.LEADERSHIP);
    }

    /** A new, ready account of the role (no forced password change; a coordinator needs no agency). */
    public String create(Role role) {
        String username = "uji." + UUID.randomUUID().toString().substring(0, 8);
        userService.createBySystem(new User(username, "Pengguna Uji", role), PASSWORD, false);
        return username;
    }

    public void loginAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A client address of its own (198.18.0.0/15, the benchmarking range), so tests do not share address counters. */
    public static String uniqueAddress() {
        int n = ADDRESSES.incrementAndGet() * 7919 + START;
        return "198.18." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }
}
