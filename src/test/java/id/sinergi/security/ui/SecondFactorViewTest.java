package id.sinergi.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import id.sinergi.KaribuTest;
import id.sinergi.TestClock;
import id.sinergi.security.Base32;
import id.sinergi.security.Enrolled;
import id.sinergi.security.PendingLogin;
import id.sinergi.security.PendingLogins;
import id.sinergi.security.SecondFactorPolicy;
import id.sinergi.security.SecondFactorService;
import id.sinergi.security.SecuritySettingsService;
import id.sinergi.security.TestAccounts;
import id.sinergi.security.Totp;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The second login step, with the pending login a right password leaves in the (server-side) session. */
class SecondFactorViewTest extends KaribuTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    SecuritySettingsService settings;
    @Autowired
    UserDetailsService userDetailsService;

    private PendingLogin pendingFor(String username, boolean enrol) {
        long userId = ((UserPrincipal) userDetailsService.loadUserByUsername(username)).userId();
        PendingLogin pending = PendingLogins.of(userId, username, enrol);
        VaadinSession.getCurrent().getSession().setAttribute(PendingLogin.SESSION_ATTRIBUTE, pending);
        return pending;
    }

    private Enrolled enrolledAccount(String username) {
        accounts.loginAs(username);
        Enrolled enrolled = Enrolled.enrol(secondFactors, clock, TestAccounts.PASSWORD);
        logout();
        return enrolled;
    }

    @Test
    void without_a_pending_login_the_second_step_sends_the_visitor_to_the_login_page() {
        UI.getCurrent().navigate("second-factor");
        _assertOne(LoginView.class);
    }

    @Test
    void a_wrong_code_is_refused_and_the_right_one_verifies_the_login() {
        String username = accounts.create();
        Enrolled enrolled = enrolledAccount(username);
        clock.advance(java.time.Duration.ofSeconds(60));
        try {
            PendingLogin pending = pendingFor(username, false);
            UI.getCurrent().navigate("second-factor");
            SecondFactorView view = _get(SecondFactorView.class);
            _setValue(view.code, "123456");
            _click(view.verify);
            assertThat(view.code.getErrorMessage()).isEqualTo(text("twofactor.error.wrongCode"));
            assertThat(pending.isVerified()).isFalse();

            _setValue(view.code, enrolled.codeAt(clock.instant()));
            _click(view.verify);
            assertThat(pending.isVerified()).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_recovery_code_also_verifies_the_login() {
        String username = accounts.create();
        Enrolled enrolled = enrolledAccount(username);
        PendingLogin pending = pendingFor(username, false);
        UI.getCurrent().navigate("second-factor");
        _setValue(_get(TextField.class, s -> s.withId("second-factor-code")), enrolled.recoveryCodes().get(3));
        _click(_get(Button.class, s -> s.withId("second-factor-verify")));
        assertThat(pending.isVerified()).isTrue();
    }

    @Test
    void after_five_wrong_codes_the_login_starts_again_from_the_password() {
        String username = accounts.create();
        enrolledAccount(username);
        PendingLogin pending = pendingFor(username, false);
        UI.getCurrent().navigate("second-factor");
        SecondFactorView view = _get(SecondFactorView.class);
        for (int i = 0; i < PendingLoginLimits.MAX_WRONG_CODES; i++) {
            _setValue(view.code, "00000" + i);
            _click(view.verify);
        }
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(PendingLogin.SESSION_ATTRIBUTE)).isNull();
        assertThat(pending.isVerified()).isFalse();
    }

    @Test
    void a_coordinator_whom_the_policy_requires_a_second_factor_enrols_at_the_second_step() {
        String username = accounts.create(Role.COORDINATOR);
        login("admin");
        settings.changeSecondFactorPolicy(SecondFactorPolicy.PRIVILEGED);
        logout();
        try {
            PendingLogin pending = pendingFor(username, true);
            UI.getCurrent().navigate("second-factor");
            String secret = _get(Span.class, s -> s.withId("twofactor-secret")).getText();
            _setValue(_get(TextField.class, s -> s.withId("twofactor-code")),
                    Totp.code(Base32.decode(secret), Totp.step(clock.instant()), 6));
            _click(_get(Button.class, s -> s.withId("twofactor-confirm")));
            assertThat(_find(ListItem.class)).hasSize(10);
            assertThat(pending.isVerified()).isTrue();
        } finally {
            login("admin");
            settings.changeSecondFactorPolicy(SecondFactorPolicy.NONE);
        }
    }
}
