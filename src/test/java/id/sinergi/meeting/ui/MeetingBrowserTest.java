package id.sinergi.meeting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import id.sinergi.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The core of a coordinator's flow in a real browser: create a meeting, add an agenda item and an outcome, find it. */
class MeetingBrowserTest extends BrowserTest {

    @Test
    void coordinator_records_a_meeting_and_finds_it_in_the_list() {
        String title = "Rakor Browser " + UUID.randomUUID().toString().substring(0, 8);
        login("koordinator", "sinergi-demo-2025");
        assertThat(page.locator("#home-greeting")).isVisible();
        page.navigate(url("meetings/new"));
        page.locator("#meeting-title input").fill(title);
        page.locator("#meeting-venue input").fill("Aula Kanwil Imigrasi Banten");
        page.locator("#meeting-save").click();
        assertThat(page.locator("#meeting-heading")).hasText(title);
        assertThat(page.locator("#meeting-status")).hasText("Draf");

        tab("Agenda").click();
        page.locator("#agenda-add").click();
        page.locator("#agenda-title input").fill("Paparan modus TPPO");
        page.locator("#agenda-discussion textarea").fill("Dibahas kasus di Desa Lontar.");
        page.locator("#part-save").click();
        assertThat(page.locator("#agenda-grid")).containsText("Paparan modus TPPO");

        tab("Hasil rapat").click();
        page.locator("#outcome-add").click();
        page.locator("#outcome-content textarea").fill("Sosialisasi dilaksanakan bulan depan.");
        page.locator("#part-save").click();
        assertThat(page.locator("#outcome-grid")).containsText("Sosialisasi dilaksanakan bulan depan.");
        screenshot("meeting-id");

        page.navigate(url("meetings"));
        page.locator("#meetings-search input").fill(title);
        assertThat(page.locator("#meetings-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(title))).hasCount(1);
        screenshot("meetings-id");
    }

    private Locator tab(String text) {
        return page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}
