package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import id.sinergi.dashboard.ItemDue;
import java.time.LocalDate;
import java.util.List;

/**
 * Open action items in a short list (the most overdue, or those due soon): the activity links to the item's page. At
 * most ten rows, given at once as one table of HTML ({@link ShortTable}).
 */
class OverdueList extends Composite<Div> {

    static final String ITEM_ROUTE = "action-items/";

    final ShortTable<ItemDue> table;
    private final EmptyNote empty;
    private LocalDate today = LocalDate.now();

    OverdueList(String id, String emptyKey, boolean showDaysLate) {
        table = new ShortTable<ItemDue>(id)
                .link(getTranslation("dashboard.overdue.activity"), i -> ITEM_ROUTE + i.id(), ItemDue::activity)
                .column(getTranslation("dashboard.overdue.agency"), ItemDue::agencyAbbreviation)
                .column(getTranslation("dashboard.overdue.dueDate"), i -> DashboardFormat.date(i.dueDate(), getLocale()),
                        "sinergi-nowrap");
        if (showDaysLate) {
            table.column(getTranslation("dashboard.overdue.daysLate"),
                    i -> getTranslation("dashboard.overdue.days", i.daysLate(today)), "sinergi-late");
        }
        getContent().add(table);
        empty = new EmptyNote(table, id + "-empty", getTranslation(emptyKey));
    }

    void show(List<ItemDue> items, LocalDate today) {
        this.today = today;
        table.show(items);
        empty.show(items.isEmpty());
    }
}
