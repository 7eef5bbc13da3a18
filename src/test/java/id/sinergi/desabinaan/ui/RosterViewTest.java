package id.sinergi.desabinaan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import id.sinergi.KaribuTest;
import id.sinergi.agency.Agency;
import id.sinergi.desabinaan.AssignmentStatus;
import id.sinergi.desabinaan.DesaBinaanService;
import id.sinergi.desabinaan.Fixtures;
import id.sinergi.desabinaan.Program;
import id.sinergi.desabinaan.RiskLevel;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import id.sinergi.region.RegionService;
import org.springframework.beans.factory.annotation.Autowired;

class RosterViewTest extends KaribuTest {

    @Autowired
    RegionService regionService;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DesaBinaanService service;

    private RosterView open(String username) {
        login(username);
        UI.getCurrent().navigate(RosterView.class);
        return _get(RosterView.class);
    }

    static Stream<RosterNode> all(TreeData<RosterNode> data) {
        return data.getRootItems().stream().flatMap(root -> descendants(data, root));
    }

    private static Stream<RosterNode> descendants(TreeData<RosterNode> data, RosterNode node) {
        return Stream.concat(Stream.of(node), data.getChildren(node).stream().flatMap(c -> descendants(data, c)));
    }

    static RosterNode village(RosterView view, String villageName, Program program) {
        return all(view.tree.getTreeData()).filter(RosterNode::isAssignment)
                .filter(n -> n.row().villageName().equals(villageName) && n.row().assignment().getProgram() == program)
                .findFirst().orElseThrow();
    }

    private static List<String> villages(RosterView view) {
        return all(view.tree.getTreeData()).filter(RosterNode::isAssignment).map(n -> n.row().villageName()).toList();
    }

    private static Agency item(List<Agency> items, String abbreviation) {
        return items.stream().filter(a -> a.getAbbreviation().equals(abbreviation)).findFirst().orElseThrow();
    }

    @Test
    void the_roster_of_kanwil_banten_shows_its_offices_and_villages_with_every_column() {
        RosterView view = open("pimpinan");
        _setValue(view.filters.kanwil, item(view.filters.kanwil.getListDataView().getItems().toList(),
                "Kanwil Imigrasi Banten"));
        TreeData<RosterNode> data = view.tree.getTreeData();
        assertThat(data.getRootItems()).extracting(n -> n.agency().getAbbreviation())
                .containsExactly("Kanwil Imigrasi Banten");
        RosterNode kanimSerang = data.getChildren(data.getRootItems().getFirst()).stream()
                .filter(n -> n.agency().getAbbreviation().equals("Kanim Serang")).findFirst().orElseThrow();
        assertThat(data.getChildren(kanimSerang)).extracting(n -> n.row().villageName())
                .contains("Tanara", "Lontar", "Pontang");
        assertThat(villages(view)).doesNotContain("Temajuk");
        assertThat(GridKt._getFormattedRow(view.tree, village(view, "Tanara", Program.DESA_BINAAN_IMIGRASI)))
                .contains("Tanara", "Tanara", "Kabupaten Serang", "36.04.14.2001", "Desa Binaan Imigrasi",
                        "W.11.IMI.IMI.3-UM.01.01-0412", "12 Februari 2024", "Dimas Prasetyo, Nurul Aini", "Aktif",
                        "Tinggi");
    }

    @Test
    void filters_by_program_status_regency_risk_and_text() {
        RosterView view = open("koordinator");
        _setValue(view.filters.program, Program.DESA_MIGRAN_EMAS);
        assertThat(villages(view)).contains("Tanara").doesNotContain("Lontar", "Temajuk");
        _setValue(view.filters.program, null);
        _setValue(view.filters.status, AssignmentStatus.ENDED);
        assertThat(villages(view)).contains("Santaban").doesNotContain("Tanara", "Temajuk");
        _setValue(view.filters.status, null);
        _setValue(view.filters.regency, regionService.findByCode("61.01").orElseThrow());
        assertThat(villages(view)).contains("Temajuk", "Santaban").doesNotContain("Tanara", "Lontar");
        _setValue(view.filters.risk, RiskLevel.MEDIUM);
        assertThat(villages(view)).contains("Santaban").doesNotContain("Temajuk");
        _setValue(view.filters.regency, null);
        _setValue(view.filters.risk, null);
        _setValue(view.filters.text, "lontar");
        assertThat(villages(view)).contains("Lontar").doesNotContain("Tanara", "Temajuk");
    }

    @Test
    void totals_count_a_village_once_per_program_and_once_overall() {
        Fixtures.TestOffice office = fixtures.office();
        var shared = fixtures.village();
        service.createBySystem(fixtures.draft(shared, office, Program.DESA_BINAAN_IMIGRASI));
        service.createBySystem(fixtures.draft(shared, office, Program.OTHER));
        service.createBySystem(fixtures.draft(fixtures.village(), office, Program.OTHER));
        RosterView view = open("pimpinan");
        _setValue(view.filters.kanwil, item(view.filters.kanwil.getListDataView().getItems().toList(),
                office.kanwil().getAbbreviation()));
        assertThat(view.totals.getText()).isEqualTo(text("desabinaan.totals", 2, 1, 0, 2));
        assertThat(view.totals.getText()).startsWith("2 desa");
        RosterNode officeNode = view.tree.getTreeData().getChildren(view.tree.getTreeData().getRootItems().getFirst())
                .getFirst();
        assertThat(GridKt._getFormattedRow(view.tree, officeNode).getFirst())
                .isEqualTo(office.office().getAbbreviation() + " (2 desa)");
    }

    @Test
    void readers_see_no_buttons_to_change_assignments() {
        RosterView view = open("pimpinan");
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.edit.isVisible()).isFalse();
        assertThat(view.end.isVisible()).isFalse();
        view = open("penghubung.imigrasi");
        assertThat(view.add.isVisible()).isFalse();
    }
}
