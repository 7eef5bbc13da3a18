package id.sinergi.region.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.sinergi.BrowserTest;
import id.sinergi.region.RegionFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload in a real browser: the file reaches the server, the import runs in the background, push shows the outcome. */
class RegionImportBrowserTest extends BrowserTest {

    @TempDir
    Path dir;

    @Test
    void administrator_uploads_a_broken_then_a_good_region_file_and_sees_the_outcome_pushed() throws IOException {
        Path broken = Files.writeString(dir.resolve("wilayah-rusak.csv"), RegionFiles.PONTANG + "36.04.12.2010,\n");
        Path good = Files.writeString(dir.resolve("wilayah.csv"), RegionFiles.PONTANG);
        login("admin", "sinergi-demo-2025");
        assertThat(page.locator("#home-greeting")).isVisible();
        page.navigate(url("regions"));
        page.locator("#regions-import").click();
        page.getByText("Tambahan atau perbaikan").click();

        page.locator("#region-upload input[type=file]").setInputFiles(broken);
        assertThat(page.locator("#region-import-outcome")).hasText(
                "Tidak ada yang diimpor: 1 baris bermasalah. Perbaiki berkas lalu unggah lagi.");
        assertThat(page.locator("#region-import-problems")).containsText("Nama kosong.");
        screenshot("regions-import-refused-id");

        page.locator("#region-upload input[type=file]").setInputFiles(good);
        assertThat(page.locator("#region-import-outcome")).containsText("6 tidak berubah.");
    }
}
