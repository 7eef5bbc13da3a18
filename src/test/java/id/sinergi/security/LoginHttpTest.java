package id.sinergi.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.TestClock;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/** The login form over real HTTP on the random port, attacked the way a script would. */
@SinergiSpringTest
class LoginHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    AuditService audit;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private WebClient client() {
        return new WebClient(port, TestAccounts.uniqueAddress(), "LoginHttpTest");
    }

    @Test
    void fifty_wrong_passwords_are_slowed_then_blocked_and_even_the_right_one_waits_until_the_block_expires() {
        String account = accounts.create();
        WebClient attacker = client();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            answers.add(attacker.login(account, "tebakan-ke-" + i).replaceAll(".*\\?", ""));
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(answers.subList(0, 3)).containsOnly("error");
        assertThat(answers).filteredOn("error"::equals).hasSize(LoginThrottling.ACCOUNT.lockAfter());
        assertThat(answers).filteredOn("blocked"::equals).hasSize(50 - LoginThrottling.ACCOUNT.lockAfter());

        WebClient owner = client();
        assertThat(owner.login(account, TestAccounts.PASSWORD)).endsWith("/login?blocked");
        assertThat(owner.isLoggedIn()).isFalse();

        clock.advance(LoginThrottling.ACCOUNT.firstLock());
        assertThat(owner.login(account, TestAccounts.PASSWORD)).doesNotContain("/login");
        assertThat(owner.isLoggedIn()).isTrue();

        accounts.loginAs("admin");
        Map<String, Long> logged = audit.search(new AuditFilter(null, null, account, null, null, null), PageRequest.of(0, 200))
                .stream().collect(Collectors.groupingBy(e -> e.getAction(), Collectors.counting()));
        assertThat(logged).containsEntry("LOGIN_FAILED", 5L).containsEntry("LOGIN_THROTTLED", 2L)
                .containsEntry("LOGIN_LOCKED", 1L).containsEntry("LOGIN_BLOCKED", 46L).containsEntry("LOGIN", 1L);
    }

    @Test
    void an_unknown_username_gets_exactly_the_answers_of_a_real_one() {
        String real = accounts.create();
        Function<String, List<String>> sixWrong = username -> {
            WebClient client = client();
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(client.login(username, "tebakan-ke-" + i).replaceAll(".*\\?", ""));
            }
            return answers;
        };
        assertThat(sixWrong.apply("tidak.ada.sama.sekali")).isEqualTo(sixWrong.apply(real))
                .containsExactly("error", "error", "error", "blocked", "blocked", "blocked");
    }

    @Test
    void the_session_id_changes_at_login_and_the_old_one_stays_anonymous() {
        String account = accounts.create();
        WebClient client = client();
        client.get("login");
        String before = client.sessionId;
        client.login(account, TestAccounts.PASSWORD);
        assertThat(client.sessionId).isNotNull().isNotEqualTo(before);
        assertThat(client.isLoggedIn()).isTrue();

        WebClient fixated = client();
        fixated.sessionId = before;
        assertThat(fixated.isLoggedIn()).isFalse();
    }

    @Test
    void a_password_over_72_bytes_gets_the_ordinary_login_error_not_an_error_page() {
        String account = accounts.create();
        assertThat(client().login(account, "kata-sandi-yang-sangat-panjang-".repeat(4))).endsWith("/login?error");
        assertThat(client().login(account, "é".repeat(40))).endsWith("/login?error");
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_is_http_only_and_same_site() {
        HttpResponse<String> page = client().get("login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_an_https_proxy_the_cookie_is_secure_and_hsts_is_sent() {
        HttpResponse<String> page = client().header("X-Forwarded-Proto", "https").get("login");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts)
                .contains("max-age=31536000", "includeSubDomains"));
    }

    @Test
    void a_crafted_login_post_without_the_csrf_token_is_refused() {
        String account = accounts.create();
        WebClient client = client();
        client.get("login");
        HttpResponse<String> response = client.postForm("login", "username=" + account + "&password=" + TestAccounts.PASSWORD);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(client.isLoggedIn()).isFalse();
        assertThat(client.login(account, TestAccounts.PASSWORD)).doesNotContain("/login");
    }
}
