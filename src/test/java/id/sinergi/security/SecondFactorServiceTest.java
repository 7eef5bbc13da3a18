package id.sinergi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.TestClock;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@SinergiSpringTest
class SecondFactorServiceTest {

    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    SecuritySettingsService settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    private static Enrolled enrol(SecondFactorService secondFactors, TestClock clock) {
        return Enrolled.enrol(secondFactors, clock, TestAccounts.PASSWORD);
    }

    @Test
    void enrolment_needs_the_password_and_a_first_code_and_gives_ten_recovery_codes_once() {
        accounts.loginAs(accounts.create());
        assertThatThrownBy(() -> secondFactors.startEnrolment("bukan-sandi-saya")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("password.error.currentWrong");
        SecondFactorService.Enrolment enrolment = secondFactors.startEnrolment(TestAccounts.PASSWORD);
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Sinergi:uji.").contains("secret=", "issuer=Sinergi");
        assertThatThrownBy(() -> secondFactors.confirmEnrolment("123456")).hasMessage("twofactor.error.wrongCode");
        assertThat(secondFactors.status().enabled()).isFalse();

        byte[] key = Base32.decode(enrolment.secret());
        List<String> codes = secondFactors.confirmEnrolment(Totp.code(key, Totp.step(clock.instant()), 6));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(secondFactors.status()).isEqualTo(new SecondFactorService.Status(true, 10, false));
    }

    @Test
    void the_secret_is_stored_encrypted_and_recovery_codes_only_as_hashes() {
        String username = accounts.create();
        accounts.loginAs(username);
        Enrolled enrolled = enrol(secondFactors, clock);
        long userId = ((UserPrincipal) userDetailsService.loadUserByUsername(username)).userId();
        String stored = jdbc.queryForObject("select secret from second_factor where user_id = ?", String.class, userId);
        assertThat(stored).doesNotContain(Base32.encode(enrolled.key()));
        List<String> hashes = jdbc.queryForList("select code_hash from recovery_code where user_id = ?", String.class, userId);
        assertThat(hashes).hasSize(10).allMatch(h -> h.startsWith("{bcrypt}"))
                .noneMatch(h -> enrolled.recoveryCodes().stream().anyMatch(c -> h.contains(c.replace("-", ""))));
    }

    @Test
    void a_recovery_code_works_once_and_new_codes_need_a_current_authenticator_code() {
        accounts.loginAs(accounts.create());
        Enrolled enrolled = enrol(secondFactors, clock);
        clock.advance(Duration.ofSeconds(60));
        // one code, used twice: asking for "the current code" again could cross into the next 30-second step (the
        // test clock runs in real time, and making ten recovery codes takes a moment) and give a new, valid code
        String code = enrolled.codeAt(clock.instant());
        List<String> fresh = secondFactors.renewRecoveryCodes(code);
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThatThrownBy(() -> secondFactors.renewRecoveryCodes(code))
                .as("the same authenticator code twice").hasMessage("twofactor.error.wrongCode");
        assertThat(secondFactors.verify(currentUserId(), enrolled.recoveryCodes().get(0))).as("replaced codes").isNull();
        assertThat(secondFactors.verify(currentUserId(), fresh.get(0).toUpperCase())).isEqualTo("recovery code");
        assertThat(secondFactors.verify(currentUserId(), fresh.get(0))).as("used up").isNull();
        assertThat(secondFactors.status().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void turning_it_off_needs_password_and_code_and_is_refused_when_the_policy_requires_it() {
        accounts.loginAs(accounts.create(Role.COORDINATOR));
        Enrolled enrolled = enrol(secondFactors, clock);
        clock.advance(Duration.ofSeconds(60));
        asAdmin(() -> settings.changeSecondFactorPolicy(SecondFactorPolicy.PRIVILEGED));
        try {
            assertThatThrownBy(() -> secondFactors.disable(TestAccounts.PASSWORD, enrolled.codeAt(clock.instant())))
                    .hasMessage("twofactor.error.required");
        } finally {
            asAdmin(() -> settings.changeSecondFactorPolicy(SecondFactorPolicy.NONE));
        }
        assertThatThrownBy(() -> secondFactors.disable(TestAccounts.PASSWORD, "000000")).hasMessage("twofactor.error.wrongCode");
        secondFactors.disable(TestAccounts.PASSWORD, enrolled.codeAt(clock.instant()));
        assertThat(secondFactors.status().enabled()).isFalse();
    }

    @Test
    void an_administrator_resets_a_lost_second_factor() {
        String username = accounts.create();
        accounts.loginAs(username);
        enrol(secondFactors, clock);
        long userId = currentUserId();
        asAdmin(() -> secondFactors.resetFor(userId));
        accounts.loginAs(username);
        assertThat(secondFactors.status().enabled()).isFalse();
    }

    private long currentUserId() {
        return ((UserPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).userId();
    }

    private void asAdmin(Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        accounts.loginAs("admin");
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
