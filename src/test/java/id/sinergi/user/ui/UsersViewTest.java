package id.sinergi.user.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import id.sinergi.security.ui.AccessDeniedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import id.sinergi.KaribuTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserService userService;
    @Autowired
    AgencyService agencyService;

    @SuppressWarnings("unchecked")
    private Grid<User> grid() {
        return _get(Grid.class, s -> s.withId("users-grid"));
    }

    @Test
    void administrator_sees_and_searches_the_accounts() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(GridKt._size(grid())).isGreaterThanOrEqualTo(5);
        _get(UsersView.class).search.setValue("disnaker");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).getUsername()).isEqualTo("penghubung.disnaker");
    }

    @Test
    void other_roles_cannot_open_the_users_view() {
        for (String username : new String[] {"koordinator", "penghubung.disnaker", "pimpinan"}) {
            login(username);
            UI.getCurrent().navigate("users");
            _assertOne(AccessDeniedView.class);
            _assertNone(UsersView.class);
            logout();
        }
    }

    @Test
    void creating_a_liaison_without_agency_shows_the_error_next_to_the_field_and_saves_nothing() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, s -> s.withId("users-new")));
        UserDialog dialog = _get(UserDialog.class);
        String username = "baru." + UUID.randomUUID().toString().substring(0, 6);
        _setValue(dialog.form.username, username);
        _setValue(dialog.form.fullName, "Dewi Lestari");
        _setValue(dialog.form.role, Role.LIAISON);
        _setValue(dialog.form.initialPassword, "kopi-tubruk-di-pontang");
        _click(dialog.save);
        assertThat(dialog.form.agency.isInvalid()).isTrue();
        assertThat(dialog.form.agency.getErrorMessage()).isEqualTo("Penghubung instansi wajib memiliki instansi.");
        assertThat(userService.list(username, PageRequest.of(0, 5))).isEmpty();

        _setValue(dialog.form.agency, agencyService.findByAbbreviation("Polda Banten").orElseThrow());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(userService.list(username, PageRequest.of(0, 5))).singleElement()
                .satisfies(u -> assertThat(u.getAgency().getAbbreviation()).isEqualTo("Polda Banten"));
    }

    @Test
    void an_empty_form_shows_required_messages_and_saves_nothing() {
        login("admin");
        UI.getCurrent().navigate(UsersView.class);
        long before = userService.count(null);
        _click(_get(Button.class, s -> s.withId("users-new")));
        UserDialog dialog = _get(UserDialog.class);
        _click(dialog.save);
        assertThat(dialog.form.username.isInvalid()).isTrue();
        assertThat(dialog.form.username.getErrorMessage()).isEqualTo("Wajib diisi");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(userService.count(null)).isEqualTo(before);
    }

    @Test
    void a_bad_username_gets_the_message_in_english_for_an_english_user() {
        login("admin");
        useLanguage("en");
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, s -> s.withId("users-new")));
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.form.username, "Nama Dengan Spasi");
        _click(dialog.save);
        assertThat(dialog.form.username.getErrorMessage())
                .isEqualTo("Use lower-case letters, digits, dot, underscore or hyphen (3–50 characters)");
    }

    @Test
    void administrator_disables_an_account() {
        login("admin");
        User created = userService.create(new User("nonaktif." + UUID.randomUUID().toString().substring(0, 6),
                "Akun Lama", Role.LEADERSHIP), "kopi-tubruk-di-pontang");
        UI.getCurrent().navigate(UsersView.class);
        _get(UsersView.class).search.setValue(created.getUsername());
        GridKt._clickItem(grid(), 0);
        UserDialog dialog = _get(UserDialog.class);
        _setValue(dialog.form.enabled, false);
        _click(dialog.save);
        assertThat(userService.findById(created.getId()).orElseThrow().isEnabled()).isFalse();
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Nonaktif");
    }
}
