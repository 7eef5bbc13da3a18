package id.sinergi.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.SinergiSpringTest;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserPrincipal;
import id.sinergi.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Login sessions end when the account changes: checked with real HTTP sessions on the running app. */
@SinergiSpringTest
class SessionEndingTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserService userService;
    @Autowired
    SessionService sessionService;
    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private WebClient loggedIn(String username, String password, String browser) {
        WebClient client = new WebClient(port, TestAccounts.uniqueAddress(), browser);
        client.login(username, password);
        assertThat(client.isLoggedIn()).isTrue();
        return client;
    }

    private long userId(String username) {
        return ((UserPrincipal) userDetailsService.loadUserByUsername(username)).userId();
    }

    @Test
    void resetting_a_password_ends_every_session_of_that_user() {
        String account = accounts.create();
        WebClient laptop = loggedIn(account, TestAccounts.PASSWORD, "Laptop");
        WebClient phone = loggedIn(account, TestAccounts.PASSWORD, "Phone");
        accounts.loginAs("admin");
        userService.resetPassword(userId(account));
        assertThat(laptop.isLoggedIn()).isFalse();
        assertThat(phone.isLoggedIn()).isFalse();
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_but_keeps_this_one() {
        String account = accounts.create();
        WebClient here = loggedIn(account, TestAccounts.PASSWORD, "Here");
        WebClient elsewhere = loggedIn(account, TestAccounts.PASSWORD, "Elsewhere");
        String hereReference = referenceOf(account, "Here");

        // the password change as the "Here" session's own request would make it
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(SessionService.SESSION_ATTRIBUTE, hereReference);
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        accounts.loginAs(account);
        userService.changeOwnPassword(TestAccounts.PASSWORD, "es-kelapa-muda-di-tirtayasa");

        assertThat(here.isLoggedIn()).isTrue();
        assertThat(elsewhere.isLoggedIn()).isFalse();
    }

    @Test
    void disabling_an_account_or_changing_its_role_ends_its_sessions() {
        String disabled = accounts.create();
        String promoted = accounts.create();
        WebClient first = loggedIn(disabled, TestAccounts.PASSWORD, "First");
        WebClient second = loggedIn(promoted, TestAccounts.PASSWORD, "Second");
        accounts.loginAs("admin");
        User user = userService.findById(userId(disabled)).orElseThrow();
        user.setEnabled(false);
        userService.update(user);
        User other = userService.findById(userId(promoted)).orElseThrow();
        other.setRole(Role.COORDINATOR);
        userService.update(other);

        assertThat(first.isLoggedIn()).isFalse();
        assertThat(first.login(disabled, TestAccounts.PASSWORD)).endsWith("/login?error");
        assertThat(second.isLoggedIn()).isFalse();
        assertThat(loggedIn(promoted, TestAccounts.PASSWORD, "Again").isLoggedIn()).isTrue();
    }

    @Test
    void an_administrator_ends_the_sessions_of_a_user_and_the_user_sees_and_ends_their_own() {
        String account = accounts.create();
        WebClient office = loggedIn(account, TestAccounts.PASSWORD, "Mozilla/5.0 (Windows NT 10.0) Chrome/140.0 Safari/537.36");
        WebClient home = loggedIn(account, TestAccounts.PASSWORD, "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0");
        String homeReference = referenceOf(account, "Firefox");
        accounts.loginAs(account);
        assertThat(sessionService.mySessions()).extracting(SessionService.SessionInfo::userAgent)
                .containsExactlyInAnyOrder(office.userAgent(), home.userAgent());
        sessionService.endMySession(homeReference, TestAccounts.PASSWORD);
        assertThat(home.isLoggedIn()).isFalse();
        assertThat(office.isLoggedIn()).isTrue();

        accounts.loginAs("admin");
        sessionService.endSessionsOf(userId(account));
        assertThat(office.isLoggedIn()).isFalse();
    }

    private String referenceOf(String username, String userAgentPart) {
        accounts.loginAs("admin");
        String reference = sessionService.sessionsOf(userId(username)).stream()
                .filter(s -> s.userAgent().contains(userAgentPart)).findFirst().orElseThrow().id();
        SecurityContextHolder.clearContext();
        return reference;
    }
}
