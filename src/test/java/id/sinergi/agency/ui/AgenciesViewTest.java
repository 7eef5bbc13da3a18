package id.sinergi.agency.ui;

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
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyCategory;
import id.sinergi.agency.AgencyFilter;
import id.sinergi.agency.AgencyService;
import id.sinergi.region.RegionService;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AgenciesViewTest extends KaribuTest {

    @Autowired
    AgencyService agencyService;
    @Autowired
    RegionService regionService;
    @Autowired
    UserService userService;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private AgenciesView open(String username) {
        login(username);
        UI.getCurrent().navigate(AgenciesView.class);
        return _get(AgenciesView.class);
    }

    private AgencyDialog openNew(AgenciesView view) {
        _click(view.create);
        return _get(AgencyDialog.class);
    }

    private AgencyDialog openRow(AgenciesView view, String abbreviation) {
        view.search.setValue(abbreviation);
        view.activeOnly.setValue(false);
        GridKt._clickItem(view.grid, 0);
        return _get(AgencyDialog.class);
    }

    private Agency createAsAdmin(String abbreviation) {
        login("admin");
        Agency agency = agencyService.save(new Agency("Dinas Uji Tampilan", abbreviation, AgencyCategory.NGO));
        logout();
        return agency;
    }

    @Test
    void search_and_filters_narrow_the_list() {
        AgenciesView view = open("pimpinan");
        view.search.setValue("kanim");
        view.category.setValue(AgencyCategory.IMMIGRATION);
        view.region.setValue(regionService.findByCode("61").orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(
                (int) agencyService.count(new AgencyFilter("kanim", AgencyCategory.IMMIGRATION, "61", true)));
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Kanim Pontianak", "Kantor Imigrasi", "Aktif");
        view.search.setValue("kemenkumham");
        view.category.clear();
        view.region.clear();
        assertThat(GridKt._size(view.grid)).isZero();
        view.activeOnly.setValue(false);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Kemenkumham", "Berakhir 20 Oktober 2024");
    }

    @Test
    void coordinator_creates_an_agency_in_a_region_and_the_list_shows_its_region_path() {
        AgenciesView view = open("koordinator");
        AgencyDialog dialog = openNew(view);
        String abbreviation = unique("Disdik");
        _setValue(dialog.form.name, "Dinas Pendidikan Kabupaten Serang");
        _setValue(dialog.form.abbreviation, abbreviation);
        _setValue(dialog.form.category, AgencyCategory.REGIONAL_GOVERNMENT);
        _setValue(dialog.form.region, regionService.findByCode("36.04").orElseThrow());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue(abbreviation);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Dinas Pendidikan Kabupaten Serang",
                "Perangkat Daerah (OPD)", regionService.pathOf("36.04").orElseThrow(), "Aktif");
        assertThat(agencyService.findByAbbreviation(abbreviation).orElseThrow().getRegionCode()).isEqualTo("36.04");
    }

    @Test
    void readers_see_no_new_button_and_open_no_editor() {
        for (String reader : new String[] {"penghubung.disnaker", "pimpinan"}) {
            AgenciesView view = open(reader);
            assertThat(view.create.isVisible()).isFalse();
            view.search.setValue("Polres Serang");
            GridKt._clickItem(view.grid, 0);
            _assertNone(AgencyDialog.class);
            logout();
        }
    }

    @Test
    void a_taken_abbreviation_is_shown_next_to_the_field_and_nothing_is_saved() {
        AgenciesView view = open("koordinator");
        AgencyDialog dialog = openNew(view);
        _setValue(dialog.form.name, "Kepolisian Daerah Banten Kedua");
        _setValue(dialog.form.abbreviation, "polda banten");
        _setValue(dialog.form.category, AgencyCategory.LAW_ENFORCEMENT);
        _click(dialog.save);
        assertThat(dialog.form.abbreviation.isInvalid()).isTrue();
        assertThat(dialog.form.abbreviation.getErrorMessage())
                .isEqualTo("Singkatan polda banten sudah dipakai oleh instansi aktif \"Kepolisian Daerah Banten\".");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(agencyService.count(new AgencyFilter("Kepolisian Daerah Banten Kedua", null, null, false))).isZero();
    }

    @Test
    void an_end_before_the_start_is_shown_next_to_the_field_in_english() {
        AgenciesView view = open("admin");
        useLanguage("en");
        AgencyDialog dialog = openNew(view);
        String abbreviation = unique("DTB");
        _setValue(dialog.form.name, "Dinas Tanggal Terbalik");
        _setValue(dialog.form.abbreviation, abbreviation);
        _setValue(dialog.form.category, AgencyCategory.REGIONAL_GOVERNMENT);
        _setValue(dialog.form.validFrom, LocalDate.of(2025, 1, 10));
        _setValue(dialog.form.validTo, LocalDate.of(2025, 1, 9));
        _click(dialog.save);
        assertThat(dialog.form.validTo.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
        assertThat(agencyService.findByAbbreviation(abbreviation)).isEmpty();
    }

    @Test
    void a_parent_cycle_is_shown_next_to_the_parent_field() {
        Agency top = createAsAdmin(unique("ATAS"));
        login("admin");
        Agency below = new Agency("Dinas Uji Bawahan", unique("BAWAH"), AgencyCategory.NGO);
        below.setParent(top);
        below = agencyService.save(below);
        AgenciesView view = open("koordinator");
        AgencyDialog dialog = openRow(view, top.getAbbreviation());
        Agency child = below;
        _setValue(dialog.form.parent, dialog.form.parent.getListDataView().getItems()
                .filter(a -> a.getId().equals(child.getId())).findFirst().orElseThrow());
        _click(dialog.save);
        assertThat(dialog.form.parent.getErrorMessage()).isEqualTo(child.getAbbreviation()
                + " tidak dapat menjadi induk: instansi ini sendiri berada di atasnya (induk melingkar).");
        assertThat(agencyService.findById(top.getId()).orElseThrow().getParent()).isNull();
    }

    @Test
    void deleting_an_agency_in_use_is_refused_with_the_reason() {
        Agency agency = createAsAdmin(unique("PAKAI"));
        login("admin");
        User liaison = new User("penghubung." + UUID.randomUUID().toString().substring(0, 6), "Dewi Anggraini", Role.LIAISON);
        liaison.setAgency(agency);
        userService.create(liaison, "kopi-tubruk-di-pontang");
        AgenciesView view = open("koordinator");
        AgencyDialog dialog = openRow(view, agency.getAbbreviation());
        _click(dialog.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("agency-delete-confirm")));
        assertThat(Shown.notifications()).contains("Instansi " + agency.getAbbreviation()
                + " tidak dapat dihapus: dipakai oleh 1 pengguna. Akhiri masa berlakunya saja.");
        assertThat(agencyService.findById(agency.getId())).isPresent();
    }

    @Test
    void an_unused_agency_is_deleted_after_confirmation() {
        Agency agency = createAsAdmin(unique("BUANG"));
        AgenciesView view = open("koordinator");
        AgencyDialog dialog = openRow(view, agency.getAbbreviation());
        _click(dialog.delete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("agency-delete-confirm")));
        assertThat(agencyService.findById(agency.getId())).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void ending_with_a_successor_shows_both_and_the_old_name_stays() {
        Agency agency = createAsAdmin(unique("LAMA"));
        AgenciesView view = open("admin");
        AgencyDialog dialog = openRow(view, agency.getAbbreviation());
        _click(dialog.end);
        EndAgencyDialog end = _get(EndAgencyDialog.class);
        _setValue(end.lastDay, LocalDate.now().minusDays(1));
        _setValue(end.withSuccessor, true);
        _setValue(end.successorName, "Dinas Uji Tampilan Baru");
        _setValue(end.successorAbbreviation, agency.getAbbreviation());
        _click(end.confirm);
        assertThat(end.isOpened()).isFalse();
        view.search.setValue(agency.getAbbreviation());
        view.activeOnly.setValue(false);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(agencyService.findById(agency.getId()).orElseThrow().getName()).isEqualTo("Dinas Uji Tampilan");
        view.activeOnly.setValue(true);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Dinas Uji Tampilan Baru");
        GridKt._clickItem(view.grid, 0);
        assertThat(_get(AgencyDialog.class).getChildren().map(c -> c.getElement().getText()))
                .anyMatch(text -> text.startsWith("Meneruskan " + agency.getAbbreviation()));
    }

    @Test
    void a_stale_edit_gets_the_conflict_message_and_changes_nothing() {
        Agency agency = createAsAdmin(unique("DUA"));
        AgenciesView view = open("koordinator");
        AgencyDialog dialog = openRow(view, agency.getAbbreviation());
        Agency meanwhile = agencyService.findById(agency.getId()).orElseThrow();
        meanwhile.setName("Diubah Pengguna Lain");
        agencyService.save(meanwhile);
        _setValue(dialog.form.name, "Diubah Saya");
        _click(dialog.save);
        assertThat(Shown.notifications()).contains(text("error.conflict"));
        assertThat(agencyService.findById(agency.getId()).orElseThrow().getName()).isEqualTo("Diubah Pengguna Lain");
        assertThat(agencyService.list(new AgencyFilter("Diubah Saya", null, null, false), PageRequest.of(0, 1))).isEmpty();
    }
}
