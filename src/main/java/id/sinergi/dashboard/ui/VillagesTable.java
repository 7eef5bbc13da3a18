package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.sinergi.dashboard.OfficeVillages;
import java.util.List;

/**
 * Desa Binaan per Kanwil and office: villages, activities and participants this quarter, activities last quarter. An
 * office with villages but no activity this quarter stands out: a tinted row with a warning badge in words.
 */
class VillagesTable extends Composite<Div> {

    final Grid<OfficeVillages> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

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
        grid.addComponentColumn(this::state).setHeader(getTranslation("dashboard.villages.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(v -> v.inactiveThisQuarter() ? "inactive" : null);
        empty.setText(getTranslation("dashboard.villages.empty"));
        empty.setId("dashboard-villages-empty");
        getContent().add(grid, empty);
    }

    void show(List<OfficeVillages> offices) {
        grid.setItems(offices);
        grid.setVisible(!offices.isEmpty());
        empty.setVisible(offices.isEmpty());
    }

    private Span state(OfficeVillages office) {
        if (!office.inactiveThisQuarter()) {
            return new Span();
        }
        Span badge = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("dashboard.villages.inactive")));
        badge.getElement().setAttribute("theme", "badge error");
        badge.addClassName("sinergi-inactive-office");
        return badge;
    }

    private void number(Grid.Column<OfficeVillages> column, String headerKey) {
        column.setHeader(getTranslation(headerKey)).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }
}
