package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import id.sinergi.dashboard.ItemDue;
import java.time.LocalDate;
import java.util.List;

/**
 * Open action items in a short list (the most overdue, or those due soon): the activity links to the item's page, and a
 * click on the row opens it too. At most ten rows, so they are given at once rather than loaded lazily.
 */
class OverdueList extends Composite<Div> {

    static final String ITEM_ROUTE = "action-items/";

    final Grid<ItemDue> grid = new Grid<>();
    private final EmptyNote empty;
    private LocalDate today = LocalDate.now();

    OverdueList(String id, String emptyKey, boolean showDaysLate) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(DashboardFormat.<ItemDue>link(i -> ITEM_ROUTE + i.id(), ItemDue::activity))
                .setHeader(getTranslation("dashboard.overdue.activity")).setFlexGrow(3);
        grid.addColumn(ItemDue::agencyAbbreviation).setHeader(getTranslation("dashboard.overdue.agency")).setFlexGrow(1);
        grid.addColumn(i -> DashboardFormat.date(i.dueDate(), getLocale()))
                .setHeader(getTranslation("dashboard.overdue.dueDate")).setAutoWidth(true).setFlexGrow(0);
        if (showDaysLate) {
            grid.addColumn(i -> getTranslation("dashboard.overdue.days", i.daysLate(today)))
                    .setHeader(getTranslation("dashboard.overdue.daysLate")).setAutoWidth(true).setFlexGrow(0)
                    .setPartNameGenerator(i -> "late");
        }
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(ITEM_ROUTE + e.getItem().id())));
        getContent().add(grid);
        empty = new EmptyNote(grid, id + "-empty", getTranslation(emptyKey));
    }

    void show(List<ItemDue> items, LocalDate today) {
        this.today = today;
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.show(items.isEmpty());
    }
}
