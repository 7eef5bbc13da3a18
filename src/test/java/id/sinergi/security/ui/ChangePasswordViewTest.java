package id.sinergi.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.sinergi.KaribuTest;
import id.sinergi.dashboard.ui.DashboardView;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    UserService userService;

    private String newAccountWithOneTimePassword() {
        login("admin");
        String username = "sementara." + UUID.randomUUID().toString().substring(0, 6);
        userService.create(new User(username, "Pengguna Sementara", Role.LEADERSHIP), "kopi-tubruk-di-pontang");
        logout();
        return username;
    }

    @Test
    void a_user_with_a_one_time_password_must_change_it_before_anything_else() {
        login(newAccountWithOneTimePassword());
        UI.getCurrent().navigate("");
        ChangePasswordView view = _get(ChangePasswordView.class);
        _assertNone(DashboardView.class);

        _setValue(view.current, "kopi-tubruk-di-pontang");
        _setValue(view.fresh, "pendek");
        _setValue(view.repeat, "pendek");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(view.fresh.isInvalid()).isTrue();
        assertThat(view.fresh.getErrorMessage()).isEqualTo("Kata sandi minimal 12 karakter.");

        _setValue(view.fresh, "teh-manis-di-tanara");
        _setValue(view.repeat, "teh-manis-lain");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(view.repeat.getErrorMessage()).isEqualTo("Kedua kata sandi baru tidak sama.");

        _setValue(view.repeat, "teh-manis-di-tanara");
        _click(_get(Button.class, s -> s.withId("password-save")));
        _assertOne(DashboardView.class);
        assertThat(userService.findCurrent().isMustChangePassword()).isFalse();
    }

    @Test
    void a_wrong_current_password_is_shown_next_to_that_field() {
        login(newAccountWithOneTimePassword());
        UI.getCurrent().navigate("change-password");
        ChangePasswordView view = _get(ChangePasswordView.class);
        _setValue(view.current, "bukan-sandi-saya");
        _setValue(view.fresh, "teh-manis-di-tanara");
        _setValue(view.repeat, "teh-manis-di-tanara");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(view.current.getErrorMessage()).isEqualTo("Kata sandi saat ini salah.");
        assertThat(userService.findCurrent().isMustChangePassword()).isTrue();
    }

    @Test
    void a_password_over_72_bytes_gets_a_message_next_to_the_field_not_an_error_page() {
        login(newAccountWithOneTimePassword());
        UI.getCurrent().navigate("change-password");
        ChangePasswordView view = _get(ChangePasswordView.class);
        String tooLong = "kopi-tubruk-".repeat(7);
        _setValue(view.current, tooLong);
        _setValue(view.fresh, "teh-manis-di-tanara");
        _setValue(view.repeat, "teh-manis-di-tanara");
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(view.current.getErrorMessage()).isEqualTo("Kata sandi saat ini salah.");

        _setValue(view.current, "kopi-tubruk-di-pontang");
        _setValue(view.fresh, tooLong);
        _setValue(view.repeat, tooLong);
        _click(_get(Button.class, s -> s.withId("password-save")));
        assertThat(view.fresh.isInvalid()).isTrue();
        assertThat(view.fresh.getErrorMessage()).isEqualTo("Kata sandi terlalu panjang (maksimal 72 byte).");
        assertThat(userService.findCurrent().isMustChangePassword()).isTrue();
    }
}
