package id.sinergi.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.sinergi.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;

class LoginBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private static final String PASSWORD = "sinergi-demo-2025";

    @Test
    void coordinator_logs_in_switches_language_and_logs_out() {
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        assertThat(page.getByText("Masuk ke Sinergi")).isVisible();
        screenshot("login-id");

        login("koordinator", PASSWORD);
        assertThat(page.locator("#home-greeting")).hasText("Selamat datang, Ratna Wulandari");
        assertThat(page.locator("#main-nav")).containsText("Beranda");
        screenshot("home-id");

        openUserMenu();
        menuItem("Bahasa").click();
        menuItem("English").click();
        assertThat(page.locator("#home-greeting")).hasText("Welcome, Ratna Wulandari");
        assertThat(page.locator("#main-nav")).containsText("Home");
        screenshot("home-en");

        openUserMenu();
        menuItem("Language").click();
        menuItem("Bahasa Indonesia").click();
        assertThat(page.locator("#home-greeting")).hasText("Selamat datang, Ratna Wulandari");

        openUserMenu();
        menuItem("Keluar").click();
        assertThat(page).hasURL(url("login"));
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
    }

    @Test
    void the_side_navigation_opens_a_view_inside_the_app_and_marks_it_current() {
        login("koordinator", PASSWORD);
        Locator home = page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions()
                .setHasText("Beranda"));
        Locator items = page.locator("#main-nav vaadin-side-nav-item", new Page.LocatorOptions()
                .setHasText("Rencana aksi"));
        assertThat(home).hasAttribute("current", "");
        page.evaluate("window.sinergiSamePage = true"); // gone if the click loaded a new page

        items.click();

        assertThat(page).hasURL(url("action-items"));
        assertThat(page.locator("#items-grid")).isVisible();
        assertThat(items).hasAttribute("current", "");
        assertThat(home).not().hasAttribute("current", "");
        assertThat(page.evaluate("window.sinergiSamePage === true")).isEqualTo(true);
    }

    @Test
    void a_wrong_password_shows_an_error_and_does_not_log_in() {
        login("koordinator", "bukan-kata-sandinya");
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        assertThat(page.locator("#home-greeting")).hasCount(0);
    }

    @Test
    void an_unknown_user_gets_the_same_message_as_a_wrong_password() {
        login("tidak.ada", "bukan-kata-sandinya");
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
    }

    @Test
    void the_login_page_speaks_english_on_request() {
        page.navigate(url("login"));
        page.locator("#login-language-en").click();
        assertThat(page.getByText("Log in to Sinergi")).isVisible();
        screenshot("login-en");
        page.locator("#login-language-id").click();
        assertThat(page.getByText("Masuk ke Sinergi")).isVisible();
        assertThat(page.title()).isEqualTo("Masuk — Sinergi");
    }

    @AfterEach
    void koordinatorSpeaksIndonesianAgain() {
        jdbc.update("update app_user set preferred_language = 'id' where username = 'koordinator'");
    }

    private void openUserMenu() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
    }

    private Locator menuItem(String text) {
        return page.locator("vaadin-menu-bar-item:visible").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
