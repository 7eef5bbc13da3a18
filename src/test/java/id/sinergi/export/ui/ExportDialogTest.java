package id.sinergi.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import id.sinergi.KaribuTest;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ui.ActionItemsView;
import id.sinergi.export.ExportFixture;
import id.sinergi.meeting.Meeting;
import id.sinergi.desabinaan.ui.RosterView;
import id.sinergi.export.ExportCancelledException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

class ExportDialogTest extends KaribuTest {

    @Autowired
    ExportFixture fixture;
    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor executor;

    @Test
    void a_liaison_downloads_the_roster_prepared_in_the_background() {
        login("penghubung.disnaker");
        UI.getCurrent().navigate(RosterView.class);
        _click(_get(Button.class, spec -> spec.withId("export-roster")));
        QuarterDialog quarters = _get(QuarterDialog.class);
        assertThat(quarters.quarter.getValue().start()).isBeforeOrEqualTo(LocalDate.now());
        _click(quarters.create);

        ExportDialog dialog = _get(ExportDialog.class);
        waitUntil(() -> dialog.download != null);
        assertThat(dialog.outcome.getText()).startsWith(text("export.dialog.ready", ""))
                .matches(".*daftar-desa-binaan_\\d{4}-q\\d_\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        assertThat(dialog.download.getHref()).isNotBlank();
        assertThat(dialog.cancel.isVisible()).isFalse();
    }

    @Test
    void the_items_list_exports_its_filter_as_a_matrix() {
        login("pimpinan");
        UI.getCurrent().navigate(ActionItemsView.class);
        _click(_get(Button.class, spec -> spec.withId("export-matrix")));
        ExportDialog dialog = _get(ExportDialog.class);
        waitUntil(() -> dialog.download != null);
        assertThat(dialog.outcome.getText()).contains("matriks-rencana-aksi_semua-rapat_");
        _click(dialog.close);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void the_meeting_action_plan_tab_offers_its_matrix_to_a_liaison() {
        Meeting meeting = fixture.meeting(ActionItemFixture.unique("Rakor ekspor"));
        login("penghubung.imigrasi");
        UI.getCurrent().navigate("meetings/" + meeting.getId());
        TabSheet tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(text("actionItems.tab"))) {
                tabs.setSelectedIndex(i);
            }
        }
        _click(_get(Button.class, spec -> spec.withId("export-matrix")));
        ExportDialog dialog = _get(ExportDialog.class);
        waitUntil(() -> dialog.download != null);
        assertThat(dialog.outcome.getText()).contains("matriks-rencana-aksi_rakor-ekspor-").contains("_2025-10-28.xlsx");
    }

    @Test
    void a_running_export_stops_when_cancelled_and_says_so() {
        login("pimpinan");
        ExportDialog dialog = new ExportDialog("uji.xlsx", (out, progress) -> {
            long waited = 0;
            while (!progress.cancelled() && waited < 10_000) {
                progress.rowsWritten(waited, 10_000);
                sleep(10);
                waited += 10;
            }
            throw new ExportCancelledException();
        }, executor);
        dialog.open();
        waitUntil(dialog::isRunning);
        _click(dialog.cancel);
        waitUntil(() -> dialog.outcome.isVisible());
        assertThat(dialog.outcome.getText()).isEqualTo(text("export.dialog.cancelled"));
        assertThat(dialog.download).isNull();
    }

    @Test
    void a_period_ending_before_it_starts_is_refused_next_to_the_field() {
        login("koordinator");
        ProgressReportDialog[] chosen = {null};
        ProgressReportDialog dialog = new ProgressReportDialog(id.sinergi.action.ActionItemFilter.ALL, null, java.util.List.of(),
                java.util.List.of(), filter -> chosen[0] = null);
        dialog.open();
        dialog.from.setValue(LocalDate.of(2026, 6, 1));
        dialog.to.setValue(LocalDate.of(2026, 1, 1));
        _click(dialog.create);
        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.to.getErrorMessage()).isEqualTo(text("export.progressDialog.periodOrder"));
        assertThat(dialog.isOpened()).isTrue();
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the export");
            }
            sleep(20);
            MockVaadin.clientRoundtrip(false);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
