package id.sinergi.region.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.sinergi.KaribuTest;
import id.sinergi.region.ImportMode;
import id.sinergi.region.ImportProblem;
import id.sinergi.region.Region;
import id.sinergi.region.RegionFiles;
import id.sinergi.region.RegionLevel;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class RegionsViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private Grid<Region> grid() {
        return _get(Grid.class, s -> s.withId("regions-grid"));
    }

    @Test
    void every_role_browses_and_searches_the_regions_but_only_the_administrator_sees_the_import() {
        for (String username : new String[] {"koordinator", "penghubung.disnaker", "pimpinan", "admin"}) {
            login(username);
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(RegionsView.class);
            RegionsView view = _get(RegionsView.class);
            view.search.setValue("tirtayasa");
            view.level.setValue(RegionLevel.DISTRICT);
            assertThat(GridKt._size(grid())).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(grid(), 0)).containsExactly("36.04.13", "Tirtayasa", "Kecamatan",
                    "Tirtayasa, Kab. Serang, Banten", "Berlaku");
            assertThat(view.count.getText()).isEqualTo("1 wilayah");
            assertThat(view.importButton.isVisible()).as(username).isEqualTo(username.equals("admin"));
            logout();
        }
    }

    @Test
    void a_broken_upload_lists_the_bad_rows_with_line_numbers_and_imports_nothing() {
        login("admin");
        UI.getCurrent().navigate(RegionsView.class);
        _click(_get(RegionsView.class).importButton);
        RegionImportDialog dialog = _get(RegionImportDialog.class);
        String broken = RegionFiles.PONTANG + "36.04.12.2003,Linduk Kedua\n36.04.12.7001,Tanpa Bentuk\n";
        UploadKt._upload(dialog.upload, "wilayah.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8));
        awaitUntil(dialog.outcome::isVisible);

        assertThat(dialog.outcome.getText()).startsWith("Tidak ada yang diimpor: 2 baris bermasalah.");
        assertThat(GridKt._size(dialog.problems)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(dialog.problems, 0)).containsExactly("8", "Kode 36.04.12.2003 sudah ada di baris 6.");
        assertThat(GridKt._getFormattedRow(dialog.problems, 1).get(0)).isEqualTo("9");
        assertThat(dialog.upload.isVisible()).as("the administrator may try again").isTrue();
        assertThat(((ImportProblem) GridKt._get(dialog.problems, 1)).messageKey()).isEqualTo("region.import.row.codeShape");
    }

    @Test
    void an_upload_that_is_not_a_region_file_gets_a_clear_message_in_english() {
        login("admin");
        useLanguage("en");
        UI.getCurrent().navigate(RegionsView.class);
        _click(_get(RegionsView.class).importButton);
        RegionImportDialog dialog = _get(RegionImportDialog.class);
        UploadKt._upload(dialog.upload, "wilayah.xlsx", "application/octet-stream",
                RegionFiles.PONTANG.getBytes(StandardCharsets.UTF_8));
        awaitUntil(dialog.outcome::isVisible);
        assertThat(dialog.outcome.getText()).isEqualTo("This file is not a valid Excel .xlsx file.");
        assertThat(dialog.problems.isVisible()).isFalse();
    }

    @Test
    void a_good_upload_shows_the_summary() {
        login("admin");
        UI.getCurrent().navigate(RegionsView.class);
        _click(_get(RegionsView.class).importButton);
        RegionImportDialog dialog = _get(RegionImportDialog.class);
        dialog.mode.setValue(ImportMode.ADDITIONS);
        UploadKt._upload(dialog.upload, "wilayah.csv", "text/csv", RegionFiles.PONTANG.getBytes(StandardCharsets.UTF_8));
        awaitUntil(dialog.outcome::isVisible);
        assertThat(dialog.outcome.getText()).startsWith("Impor selesai dalam ")
                .endsWith("6 baris; 0 ditambahkan, 0 diperbarui, 0 ditandai tidak berlaku, 6 tidak berubah.");
        assertThat(dialog.progress.isVisible()).isFalse();
    }

    /** The import runs on another thread and reaches the UI through UI.access: run the UI's queue until it has. */
    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("import finished in time").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            MockVaadin.runUIQueue();
        }
    }
}
