package id.sinergi.agency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import id.sinergi.KaribuTest;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyCategory;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.ImmigrationOfficeService;
import id.sinergi.agency.OfficeClass;
import id.sinergi.agency.OfficeKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImmigrationOfficesViewTest extends KaribuTest {

    @Autowired
    AgencyService agencyService;
    @Autowired
    ImmigrationOfficeService officeService;

    private ImmigrationOfficesView open(String username) {
        login(username);
        UI.getCurrent().navigate(ImmigrationOfficesView.class);
        return _get(ImmigrationOfficesView.class);
    }

    private static Agency item(TreeData<Agency> data, String abbreviation) {
        return data.getRootItems().stream()
                .flatMap(root -> java.util.stream.Stream.concat(java.util.stream.Stream.of(root), data.getChildren(root).stream()))
                .filter(a -> a.getAbbreviation().equals(abbreviation)).findFirst().orElseThrow();
    }

    @Test
    void the_tree_shows_kanwil_banten_over_its_kanims_with_class_and_working_area() {
        ImmigrationOfficesView view = open("pimpinan");
        TreeData<Agency> data = view.tree.getTreeData();
        Agency kanwil = item(data, "Kanwil Imigrasi Banten");
        assertThat(data.getRootItems()).contains(kanwil);
        assertThat(data.getChildren(kanwil)).extracting(Agency::getAbbreviation)
                .contains("Kanim Serang", "Kanim Tangerang", "Kanim Cilegon").doesNotContain("Kanim Sambas");
        assertThat(GridKt._getFormattedRow(view.tree, item(data, "Kanim Serang"))).contains(
                "Kantor Imigrasi (Kanim)", "Kelas I TPI", "Kabupaten Pandeglang, Kabupaten Lebak, Kabupaten Serang, Kota Serang");
        assertThat(data.getChildren(item(data, "Kanwil Imigrasi Kalbar"))).extracting(Agency::getAbbreviation)
                .contains("Kanim Pontianak", "Kanim Sambas", "Rudenim Pontianak");
    }

    @Test
    void readers_open_no_office_editor() {
        ImmigrationOfficesView view = open("penghubung.imigrasi");
        GridKt._clickItem(view.tree, 0);
        _assertNone(OfficeDialog.class);
    }

    @Test
    void a_kanim_without_kanwil_is_refused_next_to_the_field_then_saved_under_a_kanwil() {
        login("admin");
        Agency agency = agencyService.save(new Agency("Kantor Imigrasi Kelas III Uji Tampilan",
                "Kanim Tampil " + UUID.randomUUID().toString().substring(0, 6), AgencyCategory.IMMIGRATION));
        ImmigrationOfficesView view = open("koordinator");
        GridKt._clickItem(view.tree, rowOf(view, agency));
        OfficeDialog dialog = _get(OfficeDialog.class);
        _setValue(dialog.form.kind, OfficeKind.KANIM);
        _setValue(dialog.form.officeClass, OfficeClass.KELAS_III);
        _click(dialog.save);
        assertThat(dialog.form.kanwil.getErrorMessage()).isEqualTo("Kanim dan Rudenim harus berada di bawah satu Kanwil.");
        assertThat(officeService.isImmigrationOffice(agency.getId())).isFalse();

        Agency kanwil = dialog.form.kanwil.getListDataView().getItems()
                .filter(k -> k.getAbbreviation().equals("Kanwil Imigrasi Kalbar")).findFirst().orElseThrow();
        _setValue(dialog.form.kanwil, kanwil);
        _setValue(dialog.form.workingArea, java.util.Set.copyOf(dialog.form.workingArea.getListDataView().getItems()
                .filter(r -> r.getCode().equals("61.72")).toList()));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(officeService.workingAreaOf(agency.getId())).containsExactly("61.72");
        assertThat(view.tree.getTreeData().getChildren(item(view.tree.getTreeData(), "Kanwil Imigrasi Kalbar")))
                .contains(agency);
    }

    private static int rowOf(ImmigrationOfficesView view, Agency agency) {
        for (int row = 0; row < GridKt._size(view.tree); row++) {
            if (GridKt._get(view.tree, row).equals(agency)) {
                return row;
            }
        }
        throw new AssertionError("not shown: " + agency.getAbbreviation());
    }
}
