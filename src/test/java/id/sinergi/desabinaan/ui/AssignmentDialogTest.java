package id.sinergi.desabinaan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.sinergi.KaribuTest;
import id.sinergi.agency.Agency;
import id.sinergi.desabinaan.AssignmentStatus;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Fixtures;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.RiskLevel;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The assignment rules as a coordinator meets them in the dialog: each refusal next to its field, nothing saved. */
class AssignmentDialogTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DesaBinaanService service;
    @Autowired
    RegionService regionService;

    private Fixtures.TestOffice office;

    @BeforeEach
    void createOffice() {
        office = fixtures.office();
    }

    private AssignmentDialog openNew() {
        login("koordinator");
        UI.getCurrent().navigate(RosterView.class);
        _click(_get(RosterView.class).add);
        return _get(AssignmentDialog.class);
    }

    private static Agency offered(AssignmentDialog dialog, String abbreviation) {
        return dialog.form.office.getListDataView().getItems().filter(a -> a.getAbbreviation().equals(abbreviation))
                .findFirst().orElseThrow();
    }

    private Region offeredVillage(AssignmentDialog dialog, String code) {
        return regionService.findByCode(code).orElseThrow();
    }

    /** Fills a valid active assignment of the village by the test office with its first officer as Pimpasa. */
    private void fill(AssignmentDialog dialog, Region village) {
        _setValue(dialog.form.village, offeredVillage(dialog, village.getCode()));
        _setValue(dialog.form.program, Program.DESA_BINAAN_IMIGRASI);
        _setValue(dialog.form.office, offered(dialog, office.office().getAbbreviation()));
        _setValue(dialog.form.status, AssignmentStatus.ACTIVE);
        _setValue(dialog.form.skNumber, "SK-UI/" + village.getCode());
        _setValue(dialog.form.skDate, LocalDate.now().minusDays(10));
        _setValue(dialog.form.riskLevel, RiskLevel.HIGH);
        _setValue(dialog.form.pimpasa, Set.of(office.officers().getFirst()));
    }

    private long savedOfOffice() {
        return service.roster(new RosterFilter(null, office.office().getId(), null, null, null, null, null)).size();
    }

    @Test
    void a_decree_date_in_the_future_is_refused_next_to_the_field() {
        Region village = fixtures.village();
        AssignmentDialog dialog = openNew();
        fill(dialog, village);
        _setValue(dialog.form.skDate, LocalDate.now().plusDays(3));
        _click(dialog.save);
        assertThat(dialog.form.skDate.getErrorMessage()).isEqualTo("Tanggal SK tidak boleh di masa depan.");
        assertThat(savedOfOffice()).isZero();
    }

    @Test
    void no_pimpasa_is_refused_next_to_the_field() {
        Region village = fixtures.village();
        AssignmentDialog dialog = openNew();
        fill(dialog, village);
        _setValue(dialog.form.pimpasa, Set.of());
        _click(dialog.save);
        assertThat(dialog.form.pimpasa.getErrorMessage()).isEqualTo("Pilih sedikitnya satu Pimpasa.");
        assertThat(savedOfOffice()).isZero();
    }

    @Test
    void a_village_already_fostered_in_the_program_is_refused() {
        AssignmentDialog dialog = openNew();
        fill(dialog, offeredVillage(dialog, "36.04.14.2001"));
        _click(dialog.save);
        assertThat(dialog.form.village.getErrorMessage()).isEqualTo(text("desabinaan.error.duplicate", "Tanara"));
        assertThat(savedOfOffice()).isZero();
    }

    @Test
    void an_agency_that_is_not_an_immigration_office_is_refused_for_desa_binaan_imigrasi() {
        Region village = fixtures.village();
        AssignmentDialog dialog = openNew();
        fill(dialog, village);
        _setValue(dialog.form.office, offered(dialog, "BP3MI Banten"));
        _setValue(dialog.form.pimpasa, Set.copyOf(dialog.form.pimpasa.getListDataView().getItems().toList()));
        _click(dialog.save);
        assertThat(dialog.form.office.getErrorMessage()).isEqualTo(
                text("desabinaan.error.notImmigrationOffice", "BP3MI Banten"));
        assertThat(service.roster(new RosterFilter(null, null, null, null, null, null, village.getCode()))).isEmpty();
    }

    @Test
    void a_village_outside_the_working_area_asks_for_confirmation_then_saves() {
        Region sambas = fixtures.village("61.01.08");
        AssignmentDialog dialog = openNew();
        fill(dialog, sambas);
        _click(dialog.save);
        ConfirmDialog warning = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(warning)).isEqualTo(text("desabinaan.warning.outsideArea",
                sambas.getName(), office.office().getAbbreviation()));
        assertThat(savedOfOffice()).isZero();
        ConfirmDialogKt._fireConfirm(warning);
        assertThat(savedOfOffice()).isEqualTo(1);
    }

    @Test
    void a_coordinator_ends_an_assignment_from_the_roster_and_it_stays_as_history() {
        Region village = fixtures.village();
        service.createBySystem(fixtures.draft(village, office, Program.OTHER));
        login("koordinator");
        UI.getCurrent().navigate(RosterView.class);
        RosterView view = _get(RosterView.class);
        _setValue(view.filters.text, village.getName());
        view.tree.select(RosterViewTest.village(view, village.getName(), Program.OTHER));
        _click(view.end);
        EndAssignmentDialog end = _get(EndAssignmentDialog.class);
        _setValue(end.reason, "Desa dimekarkan");
        _click(end.end);
        RosterNode row = RosterViewTest.village(view, village.getName(), Program.OTHER);
        assertThat(row.row().assignment().getStatus()).isEqualTo(AssignmentStatus.ENDED);
        assertThat(row.row().assignment().getEndReason()).isEqualTo("Desa dimekarkan");

        view.tree.select(row);
        _click(view.history);
        AssignmentHistoryDialog history = _get(AssignmentHistoryDialog.class);
        assertThat(GridKt._size(history.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(history.grid, 0)).contains("koordinator", "Diakhiri")
                .anySatisfy(cell -> assertThat(cell).contains("Status: Aktif → Berakhir", "Alasan berakhir: Desa dimekarkan"));
    }
}
