package id.sinergi.desabinaan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.sinergi.KaribuTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.OfficerService;
import id.sinergi.desabinaan.ActivityKind;
import id.sinergi.desabinaan.AssignmentStatus;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Fixtures;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.RiskLevel;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.RosterRow;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;
import id.sinergi.region.Region;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Village activities in the UI: the liaison of the fostering office logs them, others only read. */
class ActivitiesDialogTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DesaBinaanService service;
    @Autowired
    VillageActivityService activities;
    @Autowired
    AgencyService agencyService;
    @Autowired
    OfficerService officerService;

    private Region kanimSerangVillage() {
        Region village = fixtures.village();
        var serang = agencyService.findByAbbreviation("Kanim Serang").orElseThrow();
        DesaBinaan draft = new DesaBinaan(village.getCode(), serang, Program.OTHER);
        draft.setStatus(AssignmentStatus.PROPOSED);
        draft.setRiskLevel(RiskLevel.LOW);
        draft.setPimpasa(List.of(officerService.officersOf(serang.getId()).getFirst()));
        service.createBySystem(draft);
        return village;
    }

    private ActivitiesDialog openActivities(String username, String villageName, Program program) {
        login(username);
        UI.getCurrent().navigate(RosterView.class);
        RosterView view = _get(RosterView.class);
        view.tree.select(RosterViewTest.village(view, villageName, program));
        _click(view.activities);
        return _get(ActivitiesDialog.class);
    }

    @Test
    void the_liaison_of_kanim_serang_logs_an_activity_after_a_negative_count_is_refused() {
        Region village = kanimSerangVillage();
        ActivitiesDialog dialog = openActivities("penghubung.imigrasi", village.getName(), Program.OTHER);
        assertThat(dialog.add.isVisible()).isTrue();
        _click(dialog.add);
        ActivityDialog add = _get(ActivityDialog.class);
        assertThat(add.form.privacyNote.getText()).isEqualTo(text("villageActivity.privacyNote"));
        _setValue(add.form.date, LocalDate.now());
        _setValue(add.form.kind, ActivityKind.SOSIALISASI_PENYULUHAN);
        _setValue(add.form.topic, "Sosialisasi migrasi aman di balai desa");
        _setValue(add.form.participantsMale, -4);
        _setValue(add.form.participantsFemale, 12);
        _click(add.save);
        assertThat(add.form.participantsMale.getErrorMessage()).isEqualTo("Jumlah peserta tidak boleh negatif.");
        assertThat(dialog.grid.getListDataView().getItemCount()).isZero();

        _setValue(add.form.participantsMale, 9);
        _click(add.save);
        assertThat(GridKt._getFormattedRow(dialog.grid, 0)).contains("Sosialisasi/penyuluhan",
                "Sosialisasi migrasi aman di balai desa", "9", "12", "21");
    }

    @Test
    void the_liaison_of_kanim_serang_only_reads_the_activities_of_kanim_sambas() {
        ActivitiesDialog dialog = openActivities("penghubung.imigrasi", "Temajuk", Program.DESA_BINAAN_IMIGRASI);
        assertThat(dialog.add.isVisible()).isFalse();
        assertThat(dialog.grid.getListDataView().getItemCount()).isPositive();
        GridKt._clickItem(dialog.grid, 0);
        _assertNone(ActivityDialog.class);
    }

    @Test
    void leadership_reads_activities_and_the_quarterly_totals_but_logs_nothing() {
        ActivitiesDialog dialog = openActivities("pimpinan", "Tanara", Program.DESA_MIGRAN_EMAS);
        assertThat(dialog.add.isVisible()).isFalse();
        dialog.close();
        _click(_get(RosterView.class).quarterTotals);
        QuarterTotalsDialog totals = _get(QuarterTotalsDialog.class);
        assertThat(totals.perKanwil.getListDataView().getItems().map(t -> t.agencyName()).toList())
                .contains("Kanwil Imigrasi Banten", "Kanwil Imigrasi Kalbar");
        var sambas = totals.perOffice.getListDataView().getItems().filter(t -> t.agencyName().equals("Kanim Sambas"))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(totals.perOffice, sambas)).containsExactly("Kanim Sambas",
                String.valueOf(sambas.activities()), String.valueOf(sambas.participantsMale()),
                String.valueOf(sambas.participantsFemale()), String.valueOf(sambas.participants()),
                String.valueOf(sambas.earlyWarnings()));
        assertThat(activities.totalsPerOffice(id.sinergi.desabinaan.Quarter.current())).contains(sambas);
    }

    @Test
    void the_liaison_removes_an_activity_logged_by_mistake_after_confirming() {
        Region village = kanimSerangVillage();
        DesaBinaan assignment = service.roster(RosterFilter.all()).stream().map(RosterRow::assignment)
                .filter(a -> a.getVillageCode().equals(village.getCode())).findFirst().orElseThrow();
        activities.createBySystem(new VillageActivity(assignment, LocalDate.now(), ActivityKind.VISIT, "Kunjungan keliru", 1, 1));
        ActivitiesDialog dialog = openActivities("penghubung.imigrasi", village.getName(), Program.OTHER);
        GridKt._clickItem(dialog.grid, 0);
        ActivityDialog edit = _get(ActivityDialog.class);
        assertThat(edit.remove.isVisible()).isTrue();
        _click(edit.remove);
        ConfirmDialog confirm = _get(ConfirmDialog.class, s -> s.withId("activity-remove-confirm"));
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(dialog.grid.getListDataView().getItemCount()).isZero();
        assertThat(activities.activitiesOf(assignment.getId())).isEmpty();
    }
}
