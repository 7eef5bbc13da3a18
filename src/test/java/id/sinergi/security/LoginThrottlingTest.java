package id.sinergi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The throttle through the real AuthenticationManager; the clock is moved instead of waiting. */
@SinergiSpringTest
class LoginThrottlingTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    LoginThrottling throttling;
    @Autowired
    TestClock clock;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_address_is_blocked_after_many_failures_spread_over_many_accounts() {
        String address = TestAccounts.uniqueAddress();
        for (int i = 0; i < LoginThrottling.ADDRESS.lockAfter(); i++) {
            // a new name each time: no account is slowed down, only the address adds up; its slow-downs are waited out
            throttling.blockedUntil("-", address).ifPresent(until -> clock.advance(Duration.between(clock.instant(), until)
                    .plusSeconds(1)));
            assertThat(attempt("coba." + UUID.randomUUID().toString().substring(0, 8), "salah-salah-salah", address))
                    .isEqualTo("failed");
        }
        Instant lockedUntil = throttling.blockedUntil("-", address).orElseThrow();
        assertThat(Duration.between(clock.instant(), lockedUntil)).isGreaterThan(Duration.ofMinutes(14));
        String account = accounts.create();
        assertThat(attempt(account, TestAccounts.PASSWORD, address)).isEqualTo("blocked");
        assertThat(attempt(account, TestAccounts.PASSWORD, TestAccounts.uniqueAddress())).isEqualTo("ok");
    }

    @Test
    void an_unknown_username_is_slowed_down_exactly_like_a_real_one() {
        String address = TestAccounts.uniqueAddress();
        List<String> unknown = new ArrayList<>();
        List<String> known = new ArrayList<>();
        String real = accounts.create();
        String ghost = "tidak.ada." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            known.add(attempt(real, "bukan-sandinya-" + i, address));
            unknown.add(attempt(ghost, "bukan-sandinya-" + i, address));
        }
        assertThat(unknown).isEqualTo(known).containsExactly("failed", "failed", "failed", "blocked", "blocked", "blocked");
    }

    @Test
    void lockouts_grow_and_are_capped() {
        String key = "throttle-test-" + UUID.randomUUID();
        List<Duration> locks = new ArrayList<>();
        for (int lockout = 0; lockout < 5; lockout++) {
            Duration block = Duration.ZERO;
            for (int failure = 0; failure < LoginThrottling.ACCOUNT.lockAfter(); failure++) {
                Instant before = clock.instant();
                throttling.recordFailure(key, null);
                block = throttling.blockedUntil(key, null).map(until -> Duration.between(before, until)).orElse(Duration.ZERO);
                clock.advance(block.plusSeconds(1)); // a patient attacker waits out each block
            }
            locks.add(block);
        }
        assertThat(locks).extracting(Duration::toMinutes).containsExactly(15L, 30L, 60L, 120L, 120L);
    }

    @Test
    void a_password_longer_than_72_bytes_is_an_ordinary_failed_login() {
        String account = accounts.create();
        String tooLong = TestAccounts.PASSWORD + "-".repeat(80);
        assertThatThrownBy(() -> authenticationManager.authenticate(token(account, tooLong, TestAccounts.uniqueAddress())))
                .isInstanceOf(BadCredentialsException.class);
    }

    private String attempt(String username, String password, String address) {
        try {
            Authentication result = authenticationManager.authenticate(token(username, password, address));
            return result.isAuthenticated() ? "ok" : "failed";
        } catch (LoginBlockedException e) {
            return "blocked";
        } catch (BadCredentialsException e) {
            return "failed";
        }
    }

    static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
