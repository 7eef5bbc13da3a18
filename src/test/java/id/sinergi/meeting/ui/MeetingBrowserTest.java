package id.sinergi.meeting.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.sinergi.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core of a coordinator's flow in a real browser: create a meeting, add an agenda item and an outcome, download
 * the minutes, find the meeting in the list.
 */
class MeetingBrowserTest extends BrowserTest {

    /** Several server round trips per step: on a busy 2-core machine the default 5 s is too short. */
    @BeforeEach
    void bePatient() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Test
    void coordinator_records_a_meeting_and_finds_it_in_the_list() {
        String title = "Rakor Browser " + UUID.randomUUID().toString().substring(0, 8);
        login("koordinator", "sinergi-demo-2025");
        // the first page of a fresh app can take long on a busy machine; later steps use the default timeout
        assertThat(page.locator("#home-greeting")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
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
        Download minutes = page.waitForDownload(() -> page.locator("#meeting-minutes").click());
        org.assertj.core.api.Assertions.assertThat(minutes.suggestedFilename())
                .matches("notulen_rakor-browser-[a-z0-9]{8}_\\d{4}-\\d{2}-\\d{2}\\.docx");
        org.assertj.core.api.Assertions.assertThat(minutes.failure()).isNull();

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
