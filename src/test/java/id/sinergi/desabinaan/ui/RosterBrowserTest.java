package id.sinergi.desabinaan.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import id.sinergi.BrowserTest;
import org.junit.jupiter.api.Test;

class RosterBrowserTest extends BrowserTest {

    @Test
    void a_coordinator_opens_the_roster_of_kanwil_kalbar() {
        login("koordinator", "sinergi-demo-2025");
        page.waitForURL(url(""));
        page.navigate(url("desa-binaan"));
        settle();
        page.locator("#roster-kanwil input").fill("Kalbar");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Kanwil Imigrasi Kalbar"))
                .first().click();
        settle();
        Locator tree = page.locator("#roster-tree");
        assertThat(tree).containsText("Kanim Sambas");
        assertThat(tree).containsText("Temajuk");
        assertThat(tree).containsText("61.01.08.2007");
        assertThat(tree).containsText("Kanwil Imigrasi Kalbar (2 desa)");
        // the totals follow the filter: Temajuk (active) and Santaban (ended), no Banten village
        assertThat(page.locator("#roster-totals")).hasText(
                "2 desa · Desa Binaan Imigrasi: 2 · Desa Migran EMAS: 0 · Lainnya: 0");
        screenshot("desa-binaan-kalbar");
    }
}
