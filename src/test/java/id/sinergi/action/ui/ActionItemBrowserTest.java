package id.sinergi.action.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import id.sinergi.BrowserTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.EvidenceSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A liaison reports progress with an evidence file in a real browser: upload, send, see it, download it back. */
class ActionItemBrowserTest extends BrowserTest {

    @Autowired
    ActionItemFixture fixture;

    @TempDir
    Path dir;

    @Test
    void a_liaison_reports_progress_with_an_evidence_file_and_downloads_it_again() throws IOException {
        String activity = ActionItemFixture.unique("Sosialisasi migrasi aman di Desa Tanara");
        LocalDate today = ActionItemService.today();
        ActionItem item = fixture.item(fixture.meeting(ActionItemFixture.unique("Rakor peramban"), today.minusDays(7)),
                activity, today.plusDays(21), "Disnakertrans Kab. Serang", "Kanim Serang");
        fixture.logout();
        Path evidence = Files.write(dir.resolve("Daftar hadir sosialisasi.pdf"), EvidenceSamples.pdf());

        login("penghubung.disnaker", "sinergi-demo-2025");
        assertThat(page).hasURL(url("our-items"));
        assertThat(page.locator("#our-items-grid")).containsText(activity);
        page.navigate(url("action-items/" + item.getId()));
        page.locator("#progress-percent input").fill("40");
        page.locator("#progress-narrative textarea").fill("Sosialisasi tahap pertama di Balai Desa Tanara, 45 peserta.");
        page.locator("#progress-upload input[type=file]").setInputFiles(evidence);
        assertThat(page.locator("#progress-files")).containsText("Daftar hadir sosialisasi.pdf");
        screenshot("action-item-progress-id");
        page.locator("#progress-send").click();

        assertThat(page.locator("#progress-updates")).containsText("Sosialisasi tahap pertama di Balai Desa Tanara");
        assertThat(page.locator("#item-details")).containsText("40 %");
        Locator link = page.locator("#progress-updates a").filter(
                new Locator.FilterOptions().setHasText("Daftar hadir sosialisasi.pdf"));
        Download download = page.waitForDownload(link::click);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("Daftar hadir sosialisasi.pdf");
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(EvidenceSamples.pdf());
        assertThat(page.locator("#history")).containsText("Bukti dukung");
        screenshot("action-item-id");
    }

    @Test
    void the_list_marks_an_overdue_row_with_the_word_and_leaves_the_others_plain() {
        String tag = ActionItemFixture.unique("Pendataan PMI di Desa Binaan");
        LocalDate today = ActionItemService.today();
        var meeting = fixture.meeting(ActionItemFixture.unique("Rakor grid"), today.minusMonths(2));
        fixture.item(meeting, tag + " lewat", today.minusDays(10), "Disnakertrans Kab. Serang");
        fixture.item(meeting, tag + " nanti", today.plusDays(30), "Disnakertrans Kab. Serang");
        fixture.logout();

        login("pimpinan", "sinergi-demo-2025");
        page.navigate(url("action-items"));
        page.locator("#items-search input").fill(tag);
        page.locator("#items-search input").press("Enter");
        assertThat(page.locator("#items-total")).hasText("2 rencana aksi");

        // the grid reuses row elements, so only the cells on screen count
        Locator badges = page.locator("#items-grid .sinergi-overdue [theme='badge error'] >> visible=true");
        assertThat(badges).hasCount(1);
        assertThat(badges).hasText("Terlambat");
        assertThat(page.locator("#items-grid [theme='badge error'] >> visible=true")).hasCount(1);
        assertThat(page.locator("#items-grid vaadin-grid-cell-content >> visible=true").filter(
                new Locator.FilterOptions().setHasText(tag + " nanti"))).hasCount(1);
        screenshot("action-items-search-id");
    }
}
