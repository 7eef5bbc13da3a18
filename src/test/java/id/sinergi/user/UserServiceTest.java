package id.sinergi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.base.BusinessRuleException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SinergiSpringTest
class UserServiceTest {

    @Autowired
    UserService userService;
    @Autowired
    AgencyService agencyService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserRepository users;
    @Autowired
    id.sinergi.audit.AuditService audit;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private void loginAs(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void demo_accounts_exist_one_per_role_with_bcrypt_hashes() {
        for (Role role : Role.values()) {
            assertThat(users.findAll()).anyMatch(u -> u.getRole() == role);
        }
        assertThat(users.findByUsername("koordinator").orElseThrow().getPasswordHash()).startsWith("{bcrypt}$2");
    }

    @Test
    void only_an_administrator_may_administer_users() {
        for (String username : new String[] {"koordinator", "penghubung.disnaker", "pimpinan"}) {
            loginAs(username);
            assertThatThrownBy(() -> userService.list(null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> userService.resetPassword(1L)).isInstanceOf(AccessDeniedException.class);
            User crafted = new User(unique("x"), "Crafted", Role.ADMIN);
            assertThatThrownBy(() -> userService.create(crafted, "kopi-tubruk-di-pontang"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.findAll()).noneMatch(u -> u.getFullName().equals("Crafted"));
    }

    @Test
    void administrator_creates_a_liaison_who_must_change_the_initial_password() {
        loginAs("admin");
        User liaison = new User(unique("penghubung"), "Budi Santoso", Role.LIAISON);
        liaison.setAgency(agencyService.findByAbbreviation("BP3MI Banten").orElseThrow());
        User saved = userService.create(liaison, "kopi-tubruk-di-pontang");
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches("kopi-tubruk-di-pontang", saved.getPasswordHash())).isTrue();
        assertThat(userService.list(saved.getUsername(), PageRequest.of(0, 10))).extracting(User::getUsername)
                .containsExactly(saved.getUsername());
    }

    @Test
    void a_liaison_without_an_agency_is_refused_and_nothing_is_saved() {
        loginAs("admin");
        String username = unique("tanpa");
        User liaison = new User(username, "Tanpa Instansi", Role.LIAISON);
        assertThatThrownBy(() -> userService.create(liaison, "kopi-tubruk-di-pontang"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.agencyRequired");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void a_taken_username_and_a_weak_password_are_refused() {
        loginAs("admin");
        assertThatThrownBy(() -> userService.create(new User("koordinator", "Dua", Role.COORDINATOR), "kopi-tubruk-di-pontang"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("user.error.usernameTaken");
        assertThatThrownBy(() -> userService.create(new User(unique("lemah"), "Lemah", Role.COORDINATOR), "rahasia"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("password.error.tooShort");
    }

    @Test
    void a_stale_edit_is_refused_and_the_first_save_is_kept() {
        loginAs("admin");
        User created = userService.create(new User(unique("dua"), "Nama Awal", Role.COORDINATOR), "kopi-tubruk-di-pontang");
        User first = userService.findById(created.getId()).orElseThrow();
        User second = userService.findById(created.getId()).orElseThrow();
        first.setFullName("Nama Pertama");
        userService.update(first);
        second.setFullName("Nama Kedua");
        assertThatThrownBy(() -> userService.update(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(userService.findById(created.getId()).orElseThrow().getFullName()).isEqualTo("Nama Pertama");
        assertThat(audit.history("User", created.getId())).extracting(e -> e.getAction() + " " + e.getUsername())
                .containsExactly("USER_CREATE admin", "USER_UPDATE admin");
        assertThat(audit.history("User", created.getId()).get(1).getDetails()).isEqualTo("fullName: Nama Awal → Nama Pertama");
    }

    @Test
    void an_administrator_cannot_lock_themself_out() {
        loginAs("admin");
        User me = userService.findCurrent();
        me.setEnabled(false);
        assertThatThrownBy(() -> userService.update(me)).hasMessage("user.error.selfLockout");
    }

    @Test
    void reset_gives_a_new_one_time_password() {
        loginAs("admin");
        User created = userService.create(new User(unique("lupa"), "Lupa Sandi", Role.LEADERSHIP), "kopi-tubruk-di-pontang");
        String password = userService.resetPassword(created.getId());
        User stored = users.findById(created.getId()).orElseThrow();
        assertThat(passwordEncoder.matches(password, stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isTrue();
    }

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() {
        loginAs("admin");
        String username = unique("ganti");
        userService.create(new User(username, "Ganti Sandi", Role.LEADERSHIP), "kopi-tubruk-di-pontang");
        loginAs(username);
        assertThatThrownBy(() -> userService.changeOwnPassword("salah-sandi-nya", "teh-manis-di-tanara"))
                .hasMessage("password.error.currentWrong");
        userService.changeOwnPassword("kopi-tubruk-di-pontang", "teh-manis-di-tanara");
        User stored = users.findByUsername(username).orElseThrow();
        assertThat(passwordEncoder.matches("teh-manis-di-tanara", stored.getPasswordHash())).isTrue();
        assertThat(stored.isMustChangePassword()).isFalse();
    }
}
