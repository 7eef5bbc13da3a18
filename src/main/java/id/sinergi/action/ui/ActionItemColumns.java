package id.sinergi.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemSummary;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The columns every action item grid shares; overdue rows get a part name for styling besides their marker. */
final class ActionItemColumns {

    private ActionItemColumns() {
    }

    /** The columns of a grid of list rows (the items lists). */
    static void addTo(Grid<ActionItemSummary> grid, boolean sortable) {
        addTo(grid, sortable, Function.identity());
    }

    /** The same columns over rows of another type, each read through {@code line} (the meeting's plan: entities). */
    static <T> void addTo(Grid<T> grid, boolean sortable, Function<T, ActionItemSummary> line) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // an activity is read whole, on two lines if need be
        var number = grid.addColumn(i -> line.apply(i).number()).setHeader(grid.getTranslation("actionItem.number"))
                .setKey("number").setWidth("4.5rem").setFlexGrow(0);
        var activity = grid.addColumn(i -> line.apply(i).activity())
                .setHeader(grid.getTranslation("actionItem.activity")).setKey("activity").setWidth("12rem")
                .setFlexGrow(3); // the activity, not the agency's name, takes the room left on a laptop's screen
        grid.addColumn(i -> line.apply(i).responsibleAgency())
                .setHeader(grid.getTranslation("actionItem.responsibleAgency")).setKey("responsible").setWidth("12rem")
                .setFlexGrow(1).setSortProperty("responsibleAgency.abbreviation").setSortable(sortable);
        var due = grid.addColumn(dueDate(grid, line)).setHeader(grid.getTranslation("actionItem.dueDate"))
                .setKey("dueDate").setAutoWidth(true);
        var status = grid.addColumn(LitRenderer.<T>of(
                        "<span theme=\"${item.theme}\" class=\"sinergi-status\">${item.status}</span>")
                        .withProperty("theme", i -> ActionItemFormat.badgeTheme(line.apply(i).status()))
                        .withProperty("status", i -> grid.getTranslation(line.apply(i).status().messageKey())))
                .setHeader(grid.getTranslation("actionItem.status")).setKey("status").setAutoWidth(true);
        var progress = grid.addColumn(i -> line.apply(i).progress() + " %")
                .setHeader(grid.getTranslation("actionItem.progress")).setKey("progress").setWidth("7.5rem")
                .setFlexGrow(0); // room for its header ("Realisasi") and sort arrows
        if (sortable) {
            number.setSortProperty("number");
            activity.setSortProperty("activity");
            due.setSortProperty("dueDate");
            status.setSortProperty("status");
            progress.setSortProperty("progress");
        }
        grid.setPartNameGenerator(i -> line.apply(i).isOverdueOn(ActionItemService.today()) ? "overdue" : null);
        grid.setTooltipGenerator(i -> line.apply(i).activity());
    }

    /**
     * The due date as {@link ActionItemFormat#dueDate} shows it (a warning badge with the word when overdue, the word
     * empty otherwise), drawn in the browser from row properties: a grid of hundreds of rows keeps no component per cell
     * on the server.
     */
    private static <T> LitRenderer<T> dueDate(Grid<T> grid, Function<T, ActionItemSummary> line) {
        String overdue = grid.getTranslation("actionItems.overdue");
        return LitRenderer.<T>of("<span class=\"${item.overdue ? 'sinergi-overdue' : ''}\"><span>${item.due}</span>"
                        + "<span theme=\"badge error\" ?hidden=${!item.overdue}><vaadin-icon icon=\"vaadin:warning\">"
                        + "</vaadin-icon><span>${item.overdue}</span></span></span>")
                .withProperty("due", i -> ActionItemFormat.date(line.apply(i).dueDate(), UI.getCurrent().getLocale()))
                .withProperty("overdue", i -> line.apply(i).isOverdueOn(ActionItemService.today()) ? overdue : "");
    }

    static <T> void openOnClick(Grid<T> grid, ToLongFunction<T> id) {
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ActionItemView.class,
                new RouteParameters(ActionItemView.PARAMETER, String.valueOf(id.applyAsLong(e.getItem())))));
    }

    /** The active agencies, plus the item's own agencies that are no longer active (renamed, merged). */
    static List<Agency> agenciesFor(AgencyService agencyService, ActionItem item) {
        List<Agency> agencies = new ArrayList<>(agencyService.listActive());
        if (item.getResponsibleAgency() != null && !agencies.contains(item.getResponsibleAgency())) {
            agencies.add(item.getResponsibleAgency());
        }
        item.getSupportingAgencies().stream().filter(a -> !agencies.contains(a)).forEach(agencies::add);
        return agencies;
    }
}
