package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import id.sinergi.dashboard.OfficeVillages;
import java.util.List;

/**
 * Desa Binaan per Kanwil and office: villages, activities and participants this quarter, activities last quarter. An
 * office with villages but no activity this quarter stands out: a tinted row with a warning badge in words. Up to
 * {@value #ROWS_SHOWN} offices are shown whole; nationwide (about 150) the table scrolls and the browser renders only the
 * rows in view. The badge is drawn in the browser from one row property (its words, empty for an active office), not as a component per row.
 */
class VillagesTable extends Composite<Div> {

    static final int ROWS_SHOWN = 15;
    static final String SCROLL_HEIGHT = "32rem";

    final Grid<OfficeVillages> grid = new Grid<>();
    private final EmptyNote empty;
    private final String inactive = getTranslation("dashboard.villages.inactive");

    VillagesTable() {
        grid.setId("dashboard-villages-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> v.kanwilAbbreviation() == null ? getTranslation("dashboard.villages.noKanwil")
                        : v.kanwilAbbreviation())
                .setHeader(getTranslation("dashboard.villages.kanwil")).setFlexGrow(2);
        grid.addColumn(OfficeVillages::officeAbbreviation).setHeader(getTranslation("dashboard.villages.office")).setFlexGrow(2);
        number(grid.addColumn(v -> DashboardFormat.number(v.villages(), getLocale())), "dashboard.villages.count");
        number(grid.addColumn(v -> DashboardFormat.number(v.activitiesThisQuarter(), getLocale())),
                "dashboard.villages.activities");
        number(grid.addColumn(v -> DashboardFormat.number(v.participantsThisQuarter(), getLocale())),
                "dashboard.villages.participants");
        number(grid.addColumn(v -> DashboardFormat.number(v.activitiesLastQuarter(), getLocale())),
                "dashboard.villages.lastQuarter");
        grid.addColumn(LitRenderer.<OfficeVillages>of("<span theme=\"badge error\" class=\"sinergi-inactive-office\""
                        + " ?hidden=${!item.label}><vaadin-icon icon=\"vaadin:warning\"></vaadin-icon>"
                        + "<span>${item.label}</span></span>")
                        .withProperty("label", v -> v.inactiveThisQuarter() ? inactive : ""))
                .setHeader(getTranslation("dashboard.villages.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(v -> v.inactiveThisQuarter() ? "inactive" : null);
        getContent().add(grid);
        empty = new EmptyNote(grid, "dashboard-villages-empty", getTranslation("dashboard.villages.empty"));
    }

    void show(List<OfficeVillages> offices) {
        grid.setItems(offices);
        grid.setAllRowsVisible(offices.size() <= ROWS_SHOWN);
        grid.setHeight(offices.size() <= ROWS_SHOWN ? null : SCROLL_HEIGHT);
        grid.setVisible(!offices.isEmpty());
        empty.show(offices.isEmpty());
    }

    private void number(Grid.Column<OfficeVillages> column, String headerKey) {
        column.setHeader(getTranslation(headerKey)).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }
}
