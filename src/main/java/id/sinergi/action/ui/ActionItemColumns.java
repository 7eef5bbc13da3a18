package id.sinergi.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import java.util.ArrayList;
import java.util.List;

/** The columns every action item grid shares; overdue rows get a part name for styling besides their marker. */
final class ActionItemColumns {

    private ActionItemColumns() {
    }

    static void addTo(Grid<ActionItem> grid, boolean sortable) {
        var number = grid.addColumn(ActionItem::getNumber).setHeader(grid.getTranslation("actionItem.number"))
                .setKey("number").setWidth("4.5rem").setFlexGrow(0);
        var activity = grid.addColumn(ActionItem::getActivity).setHeader(grid.getTranslation("actionItem.activity"))
                .setKey("activity").setFlexGrow(3);
        grid.addColumn(i -> i.getResponsibleAgency().getAbbreviation())
                .setHeader(grid.getTranslation("actionItem.responsibleAgency")).setKey("responsible").setAutoWidth(true)
                .setSortProperty("responsibleAgency.abbreviation").setSortable(sortable);
        var due = grid.addColumn(dueDate(grid)).setHeader(grid.getTranslation("actionItem.dueDate")).setKey("dueDate")
                .setAutoWidth(true);
        var status = grid.addColumn(LitRenderer.<ActionItem>of(
                        "<span theme=\"${item.theme}\" class=\"sinergi-status\">${item.status}</span>")
                        .withProperty("theme", i -> ActionItemFormat.badgeTheme(i.getStatus()))
                        .withProperty("status", i -> grid.getTranslation(i.getStatus().messageKey())))
                .setHeader(grid.getTranslation("actionItem.status")).setKey("status").setAutoWidth(true);
        var progress = grid.addColumn(i -> i.getProgress() + " %").setHeader(grid.getTranslation("actionItem.progress"))
                .setKey("progress").setAutoWidth(true).setFlexGrow(0);
        if (sortable) {
            number.setSortProperty("number");
            activity.setSortProperty("activity");
            due.setSortProperty("dueDate");
            status.setSortProperty("status");
            progress.setSortProperty("progress");
        }
        grid.setPartNameGenerator(i -> i.isOverdueOn(ActionItemService.today()) ? "overdue" : null);
        grid.setTooltipGenerator(ActionItem::getActivity);
    }

    /**
     * The due date as {@link ActionItemFormat#dueDate} shows it (a warning badge with the word when overdue, the word empty otherwise), drawn in the
     * browser from row properties: a grid of hundreds of rows keeps no component per cell on the server.
     */
    private static LitRenderer<ActionItem> dueDate(Grid<ActionItem> grid) {
        String overdue = grid.getTranslation("actionItems.overdue");
        return LitRenderer.<ActionItem>of("<span class=\"${item.overdue ? 'sinergi-overdue' : ''}\"><span>${item.due}</span>"
                        + "<span theme=\"badge error\" ?hidden=${!item.overdue}><vaadin-icon icon=\"vaadin:warning\">"
                        + "</vaadin-icon><span>${item.overdue}</span></span></span>")
                .withProperty("due", i -> ActionItemFormat.date(i.getDueDate(), UI.getCurrent().getLocale()))
                .withProperty("overdue", i -> i.isOverdueOn(ActionItemService.today()) ? overdue : "");
    }

    static void openOnClick(Grid<ActionItem> grid) {
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ActionItemView.class,
                new RouteParameters(ActionItemView.PARAMETER, e.getItem().getId().toString())));
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
