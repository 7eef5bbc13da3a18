package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import id.sinergi.desabinaan.ActivityTotals;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.desabinaan.VillageActivityService;
import java.util.ArrayList;
import java.util.List;

/** Activities, participants and early-warning reports of a quarter, per Kanwil and per office. */
class QuarterTotalsDialog extends Dialog {

    final ComboBox<Quarter> quarter = new ComboBox<>();
    final Grid<ActivityTotals> perKanwil = grid("desabinaan.kanwil");
    final Grid<ActivityTotals> perOffice = grid("desabinaan.office");

    QuarterTotalsDialog(VillageActivityService service) {
        setHeaderTitle(getTranslation("villageActivity.totals.title"));
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = Quarter.current();
        for (int i = 0; i < 8; i++, q = q.previous()) {
            quarters.add(q);
        }
        quarter.setLabel(getTranslation("villageActivity.totals.quarter"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(x -> getTranslation("villageActivity.quarter", x.number(), String.valueOf(x.year())));
        quarter.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                perKanwil.setItems(service.totalsPerKanwil(e.getValue()));
                perOffice.setItems(service.totalsPerOffice(e.getValue()));
            }
        });
        quarter.setValue(quarters.getFirst());
        perKanwil.setId("totals-per-kanwil");
        perOffice.setId("totals-per-office");
        add(quarter, new H4(getTranslation("villageActivity.totals.perKanwil")), perKanwil,
                new H4(getTranslation("villageActivity.totals.perOffice")), perOffice);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(60em, 100vw)");
    }

    private Grid<ActivityTotals> grid(String nameHeader) {
        Grid<ActivityTotals> grid = new Grid<>();
        grid.addColumn(ActivityTotals::agencyName).setHeader(getTranslation(nameHeader)).setKey("name").setFlexGrow(2);
        grid.addColumn(ActivityTotals::activities).setHeader(getTranslation("villageActivity.totals.activities"))
                .setKey("activities");
        grid.addColumn(ActivityTotals::participantsMale).setHeader(getTranslation("villageActivity.male")).setKey("male");
        grid.addColumn(ActivityTotals::participantsFemale).setHeader(getTranslation("villageActivity.female"))
                .setKey("female");
        grid.addColumn(ActivityTotals::participants).setHeader(getTranslation("villageActivity.total")).setKey("total");
        grid.addColumn(ActivityTotals::earlyWarnings).setHeader(getTranslation("villageActivity.totals.earlyWarnings"))
                .setKey("earlyWarnings");
        grid.setAllRowsVisible(true);
        return grid;
    }
}
