package id.sinergi.agency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import id.sinergi.KaribuTest;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class OfficersViewTest extends KaribuTest {

    @Autowired
    OfficerService officerService;
    @Autowired
    AgencyService agencyService;

    private OfficersView open(String username) {
        login(username);
        UI.getCurrent().navigate(OfficersView.class);
        return _get(OfficersView.class);
    }

    private OfficerDialog openNew(OfficersView view) {
        _click(view.create);
        return _get(OfficerDialog.class);
    }

    @Test
    void search_finds_officers_by_nip_and_the_agency_filter_narrows() {
        OfficersView view = open("penghubung.imigrasi");
        view.search.setValue("198812012011011004");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("Fransiskus Ajun", "Kanim Sambas", "Kepala Subseksi Pengawasan Keimigrasian", "Aktif");
        view.search.clear();
        view.agency.setValue(agencyService.findByAbbreviation("Disnakertrans Kab. Serang").orElseThrow());
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(2);
        for (int row = 0; row < GridKt._size(view.grid); row++) {
            assertThat(GridKt._get(view.grid, row).getAgency().getAbbreviation()).isEqualTo("Disnakertrans Kab. Serang");
        }
    }

    @Test
    void readers_see_no_new_button_and_open_no_editor() {
        for (String reader : new String[] {"penghubung.imigrasi", "pimpinan"}) {
            OfficersView view = open(reader);
            assertThat(view.create.isVisible()).isFalse();
            view.search.setValue("Nurul Aini");
            GridKt._clickItem(view.grid, 0);
            _assertNone(OfficerDialog.class);
            logout();
        }
    }

    @Test
    void an_invalid_nip_is_explained_next_to_the_field_and_nothing_is_saved() {
        OfficersView view = open("koordinator");
        OfficerDialog dialog = openNew(view);
        _setValue(dialog.form.name, "Rina Kusumawati");
        _setValue(dialog.form.agency, agencyService.findByAbbreviation("Kanim Tangerang").orElseThrow());
        _setValue(dialog.form.nip, "199213452016022001");
        _click(dialog.save);
        assertThat(dialog.form.nip.getErrorMessage()).isEqualTo(
                "Angka ke-1 s.d. 8 NIP harus tanggal lahir yang masuk akal (ttttbbhh, minimal 18 tahun yang lalu).");
        _setValue(dialog.form.nip, "199201152016023001");
        _click(dialog.save);
        assertThat(dialog.form.nip.getErrorMessage()).isEqualTo("Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.");
        assertThat(officerService.search("Rina Kusumawati", PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void an_invalid_nip_is_explained_in_english_for_an_english_user() {
        OfficersView view = open("admin");
        useLanguage("en");
        OfficerDialog dialog = openNew(view);
        _setValue(dialog.form.nip, "1992011520160220");
        _click(dialog.save);
        assertThat(dialog.form.nip.getErrorMessage()).isEqualTo("An NIP has 18 digits.");
        _setValue(dialog.form.phone, "0812-ABC");
        _click(dialog.save);
        assertThat(dialog.form.phone.getErrorMessage())
                .isEqualTo("A phone number has digits, spaces and a leading + only (6–30 characters).");
    }

    @Test
    void a_nip_already_recorded_is_shown_next_to_the_field() {
        OfficersView view = open("koordinator");
        OfficerDialog dialog = openNew(view);
        _setValue(dialog.form.name, "Nama Kembar");
        _setValue(dialog.form.agency, agencyService.findByAbbreviation("Kanim Serang").orElseThrow());
        _setValue(dialog.form.nip, "19870314 201012 1 002");
        _click(dialog.save);
        assertThat(dialog.form.nip.getErrorMessage()).isEqualTo("NIP ini sudah tercatat untuk petugas Dimas Prasetyo.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void coordinator_adds_an_officer_who_then_appears_in_the_list() {
        OfficersView view = open("koordinator");
        OfficerDialog dialog = openNew(view);
        _setValue(dialog.form.name, "Eko Saputra Wijaya");
        _setValue(dialog.form.nip, "199506302020121004");
        _setValue(dialog.form.position, "Pemeriksa Keimigrasian");
        _setValue(dialog.form.agency, agencyService.findByAbbreviation("Kanim Tangerang").orElseThrow());
        _setValue(dialog.form.phone, "+62 812 9000 1234");
        _setValue(dialog.form.email, "eko.saputra@imigrasi-tangerang.example.id");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue("Eko Saputra Wijaya");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("199506302020121004", "Kanim Tangerang");
        Officer saved = GridKt._get(view.grid, 0);
        assertThat(officerService.findById(saved.getId()).orElseThrow().getEmail())
                .isEqualTo("eko.saputra@imigrasi-tangerang.example.id");
    }
}
