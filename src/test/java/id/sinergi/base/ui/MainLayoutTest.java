package id.sinergi.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.server.VaadinSession;
import id.sinergi.KaribuTest;
import id.sinergi.user.UserService;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuTest {

    @Autowired
    UserService userService;

    /** The labels of the side navigation's items, as the browser gets them. */
    private List<String> menuLabels() {
        return Jsoup.parseBodyFragment(_get(MenuLinks.class).getElement().getProperty("innerHTML"))
                .select("vaadin-side-nav-item").eachText();
    }

    @Test
    void home_greets_the_coordinator_with_role_and_agency() {
        login("koordinator");
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class, s -> s.withId("home-greeting")).getText()).isEqualTo("Selamat datang, Ratna Wulandari");
        assertThat(_get(Paragraph.class, s -> s.withId("home-role")).getText())
                .isEqualTo("Anda masuk sebagai Koordinator — Kantor Wilayah Direktorat Jenderal Imigrasi Banten");
    }

    @Test
    void side_navigation_shows_the_administrator_the_users_view() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Beranda", "Pengguna");
    }

    @Test
    void side_navigation_hides_views_a_coordinator_may_not_open() {
        login("koordinator");
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Beranda").doesNotContain("Pengguna");
    }

    @Test
    void user_menu_shows_name_role_and_agency() {
        login("penghubung.disnaker");
        UI.getCurrent().navigate("");
        MenuBar menu = _get(MenuBar.class, s -> s.withId("user-menu"));
        assertThat(menu.getItems().getFirst().getSubMenu().getItems().getFirst().getText())
                .isEqualTo("Penghubung instansi · Disnakertrans Kab. Serang");
        assertThat(menu.getItems().getFirst().getElement().getTextRecursively()).contains("Agus Setiawan");
    }

    @Test
    void switching_to_english_is_remembered_for_the_user_and_translates_the_page() {
        login("pimpinan");
        try {
            UI.getCurrent().navigate("");
            ContextMenuKt._clickItemWithID(_get(MenuBar.class, s -> s.withId("user-menu")), "menu-language-en");
            assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
            assertThat(userService.findCurrent().getPreferredLanguage()).isEqualTo("en");
            // the browser reloads; every view drawn from now on speaks English
            UI.getCurrent().navigate("change-password");
            assertThat(_get(H2.class).getText()).isEqualTo("Change password");
        } finally {
            userService.changeOwnLanguage("id");
        }
    }

    @Test
    void no_view_shows_a_missing_translation_in_either_language() {
        for (String language : new String[] {"id", "en"}) {
            login("admin");
            useLanguage(language);
            for (String route : new String[] {"", "users", "change-password"}) {
                UI.getCurrent().navigate(route);
                String shown = allText(UI.getCurrent());
                assertThat(shown).as(language + " /" + route).doesNotContain("!");
            }
            logout();
        }
    }

    /** Every text a user can read: text nodes plus labels, placeholders and helper texts of fields. */
    static String allText(Component root) {
        StringBuilder sb = new StringBuilder(root.getElement().getTextRecursively());
        collectProperties(root, sb);
        return sb.toString();
    }

    private static void collectProperties(Component component, StringBuilder sb) {
        for (String property : new String[] {"label", "placeholder", "helperText", "headerTitle"}) {
            String value = component.getElement().getProperty(property);
            if (value != null) {
                sb.append(' ').append(value);
            }
        }
        component.getChildren().forEach(child -> collectProperties(child, sb));
    }
}
