package id.sinergi.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import id.sinergi.BrowserTest;
import id.sinergi.TestClock;
import id.sinergi.security.Enrolled;
import id.sinergi.security.SecondFactorService;
import id.sinergi.security.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Security as the browser sees it: headers, the app under its Content-Security-Policy, and the two-step login. */
class SecurityBrowserTest extends BrowserTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    SecondFactorService secondFactors;
    @Autowired
    TestClock clock;

    @Test
    void the_app_sends_its_security_headers_and_works_under_its_content_security_policy() {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add(message.text());
            }
        });
        page.onPageError(violations::add);

        Response response = page.navigate(url("login"));
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(response.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(response.headers().get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(response.headers().get("referrer-policy")).isEqualTo("same-origin");

        login("admin", "sinergi-demo-2025");
        assertThat(page.locator("#home-greeting")).isVisible();
        page.navigate(url("users"));
        assertThat(page.locator("#users-grid")).isVisible();
        page.navigate(url("audit"));
        assertThat(page.locator("#audit-grid")).isVisible();
        page.navigate(url("security-settings"));
        assertThat(page.locator("#security-policy")).isVisible();
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Keamanan akun")).first().click();
        assertThat(page.locator("#twofactor-card")).isVisible();
        settle();
        assertThat(violations).isEmpty();
    }

    @Test
    void a_password_over_72_bytes_in_the_login_form_gets_the_usual_message() {
        login(accounts.create(), "kopi-tubruk-".repeat(8));
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText("Nama pengguna atau kata sandi salah")).isVisible();
    }

    @Test
    void with_an_authenticator_nothing_opens_before_the_code_is_entered() {
        String username = accounts.create();
        accounts.loginAs(username);
        Enrolled enrolled = Enrolled.enrol(secondFactors, clock, TestAccounts.PASSWORD);
        SecurityContextHolder.clearContext();

        login(username, TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("second-factor"));
        page.navigate(url(""));
        assertThat(page).hasURL(url("login"));
        page.navigate(url("account/security"));
        assertThat(page).hasURL(url("login"));

        login(username, TestAccounts.PASSWORD);
        assertThat(page).hasURL(url("second-factor"));
        page.locator("#second-factor-code input").fill("000000");
        page.locator("#second-factor-verify").click();
        assertThat(page.getByText("Kode salah atau sudah dipakai")).isVisible();
        page.locator("#second-factor-code input").fill(enrolled.codeAt(clock.instant().plusSeconds(30)));
        page.locator("#second-factor-verify").click();
        // logged in now, on the page asked for before the second step
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account/security(\\?continue)?$"));
        assertThat(page.locator("#twofactor-status")).containsText("Aktif");
        page.navigate(url(""));
        assertThat(page.locator("#home-greeting")).hasText("Selamat datang, Pengguna Uji");
    }
}
