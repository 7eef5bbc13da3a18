package id.sinergi.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sinergi.KaribuTest;
import id.sinergi.dashboard.DashboardFixture;
import id.sinergi.dashboard.DashboardFixture.Area;
import id.sinergi.dashboard.DashboardService;
import id.sinergi.dashboard.KanwilArea;
import id.sinergi.dashboard.ui.DashboardPanel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every dashboard panel offers its Excel export for what it shows: the dashboard's period and province. */
class DashboardExportsTest extends KaribuTest {

    private static final LocalDate TODAY = DashboardService.today();

    @Autowired
    DashboardFixture fixture;

    Area area;

    @BeforeEach
    void openDashboardOfOneProvince() {
        area = fixture.area("53", "Nusa Tenggara Timur");
        login("pimpinan");
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        ComboBox<KanwilArea> areas = _get(ComboBox.class, s -> s.withId("dashboard-filter-area"));
        _setValue(areas, areas.getListDataView().getItems()
                .filter(a -> a.provinceCode().equals(area.province())).findFirst().orElseThrow());
        _setValue(_get(DatePicker.class, s -> s.withId("dashboard-filter-from")), TODAY.minusDays(30));
        _setValue(_get(DatePicker.class, s -> s.withId("dashboard-filter-to")), TODAY.plusDays(60));
    }

    private static Button exportOf(DashboardPanel panel) {
        return _get(Button.class, s -> s.withId("dashboard-export-" + panel.name().toLowerCase(Locale.ROOT)));
    }

    @Test
    void every_panel_has_an_excel_export_in_its_header() {
        for (DashboardPanel panel : DashboardPanel.values()) {
            assertThat(exportOf(panel).isVisible()).as(panel.name()).isTrue();
        }
        assertThat(exportOf(DashboardPanel.FIGURES).getText()).isEqualTo(text("export.button.progress"));
        assertThat(exportOf(DashboardPanel.COMING).getText()).isEqualTo(text("export.button.matrix"));
        assertThat(exportOf(DashboardPanel.VILLAGES).getText()).isEqualTo(text("export.button.roster"));
    }

    @Test
    void the_progress_report_starts_from_the_dashboards_period_and_keeps_its_province() {
        _click(exportOf(DashboardPanel.AGENCIES));

        ProgressReportDialog dialog = _get(ProgressReportDialog.class);
        assertThat(dialog.from.getValue()).isEqualTo(TODAY.minusDays(30));
        assertThat(dialog.to.getValue()).isEqualTo(TODAY.plusDays(60));
        assertThat(dialog.region.isVisible()).isTrue();
        assertThat(dialog.region.getValue()).isEqualTo("Nusa Tenggara Timur");
        _click(dialog.create);

        ExportDialog export = _get(ExportDialog.class);
        waitUntil(() -> export.download != null);
        assertThat(export.outcome.getText()).contains("laporan-kemajuan");
    }

    @Test
    void the_trend_report_covers_the_twelve_months_the_chart_shows() {
        _click(exportOf(DashboardPanel.TREND));

        ProgressReportDialog dialog = _get(ProgressReportDialog.class);
        assertThat(dialog.from.getValue()).isEqualTo(TODAY.withDayOfMonth(1).minusMonths(11));
        assertThat(dialog.to.getValue()).isEqualTo(TODAY.withDayOfMonth(TODAY.lengthOfMonth()));
    }

    @Test
    void the_coming_days_export_their_action_plan_and_the_villages_their_roster() {
        _click(exportOf(DashboardPanel.COMING));
        ExportDialog matrix = _get(ExportDialog.class);
        waitUntil(() -> matrix.download != null);
        assertThat(matrix.outcome.getText()).contains("matriks-rencana-aksi_");
        _click(matrix.close);

        _click(exportOf(DashboardPanel.VILLAGES));
        QuarterDialog quarters = _get(QuarterDialog.class);
        _click(quarters.create);
        ExportDialog roster = _get(ExportDialog.class);
        waitUntil(() -> roster.download != null);
        assertThat(roster.outcome.getText()).contains("daftar-desa-binaan_");
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for the export");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            MockVaadin.clientRoundtrip(false);
        }
    }
}
