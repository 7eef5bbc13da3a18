package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.RosterRow;
import java.util.function.Function;

/** The roster's columns; group lines (Kanwil, office) show their name and village count only. */
final class RosterColumns {

    private RosterColumns() {
    }

    static void addTo(TreeGrid<RosterNode> tree) {
        UI ui = UI.getCurrent();
        tree.addHierarchyColumn(n -> n.isAssignment() ? n.row().villageName()
                        : ui.getTranslation("desabinaan.group", Texts.agency(n.agency()), n.villages()))
                .setHeader(ui.getTranslation("desabinaan.village")).setKey("village")
                // wide enough that Kanwil and office names and the village stay readable beside the auto-width columns
                .setWidth("22rem").setFlexGrow(0).setResizable(true);
        column(tree, "district", "desabinaan.district", RosterRow::districtName);
        column(tree, "regency", "desabinaan.regency", RosterRow::regencyName);
        column(tree, "code", "desabinaan.code", r -> r.assignment().getVillageCode());
        column(tree, "program", "desabinaan.program", r -> Texts.key(r.assignment().getProgram().messageKey()));
        column(tree, "skNumber", "desabinaan.skNumber", r -> r.assignment().getSkNumber());
        column(tree, "skDate", "desabinaan.skDate", r -> Texts.date(r.assignment().getSkDate()));
        column(tree, "inauguration", "desabinaan.inauguration", r -> Texts.date(r.assignment().getInaugurationDate()));
        column(tree, "pimpasa", "desabinaan.pimpasa", r -> Texts.names(r.assignment().getPimpasa()));
        column(tree, "status", "desabinaan.status", RosterColumns::status);
        column(tree, "risk", "desabinaan.risk", r -> Texts.key(r.assignment().getRiskLevel().messageKey()));
        column(tree, "activities", "desabinaan.activitiesThisQuarter", r -> String.valueOf(r.activitiesThisQuarter()));
    }

    private static String status(RosterRow row) {
        DesaBinaan d = row.assignment();
        String status = Texts.key(d.getStatus().messageKey());
        return d.getEndDate() == null ? status : status + " (" + Texts.date(d.getEndDate()) + ")";
    }

    private static void column(TreeGrid<RosterNode> tree, String key, String header, Function<RosterRow, String> value) {
        tree.addColumn(n -> n.isAssignment() ? value.apply(n.row()) : "").setHeader(UI.getCurrent().getTranslation(header))
                .setKey(key).setAutoWidth(true).setResizable(true);
    }
}
