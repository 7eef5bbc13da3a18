package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemSummary;
import id.sinergi.action.ListBookmarks;
import id.sinergi.action.SavedFilterService;
import id.sinergi.agency.AgencyService;
import id.sinergi.base.ui.Notifications;
import id.sinergi.export.ui.ExportButtons;
import id.sinergi.meeting.MeetingService;
import id.sinergi.region.RegionService;
import jakarta.annotation.security.PermitAll;

/**
 * All action items across meetings in one lazy grid with filters; each user may keep one saved filter, shown when the
 * page opens. Overdue items carry a warning badge and a row style; a click opens the item.
 * Items are counted up to {@value #COUNT_LIMIT}: beyond that the total says "more than" and the grid grows as the user
 * scrolls on (an exact count of a million items takes longer than the page may); pages seek from the rows already read.
 */
@Route("action-items")
@Menu(order = 30, title = "menu.actionItems", icon = "vaadin:tasks")
@PermitAll
public class ActionItemsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ActionItemFilterBar filters;
    final Grid<ActionItemSummary> grid = new Grid<>();
    final Span total = new Span();
    final Button saveFilter = new Button();
    final Button clearFilter = new Button();
    static final int COUNT_LIMIT = 10_000;
    private final ListBookmarks bookmarks = new ListBookmarks();
    private final ActionItemService service;
    private final GridLazyDataView<ActionItemSummary> items;

    ActionItemsView(ActionItemService service, SavedFilterService savedFilters, AgencyService agencyService,
                    MeetingService meetingService, RegionService regionService, ExportButtons exports) {
        this.service = service;
        addClassName("sinergi-page");
        setSizeFull();
        filters = new ActionItemFilterBar(agencyService, meetingService, regionService,
                this::refresh);
        saveFilter.setText(getTranslation("actionItems.saveFilter"));
        saveFilter.setIcon(VaadinIcon.BOOKMARK.create());
        saveFilter.setId("items-save-filter");
        saveFilter.addClickListener(e -> {
            savedFilters.save(filters.value());
            Notifications.showSuccess(getTranslation("actionItems.filterSaved"));
        });
        clearFilter.setText(getTranslation("actionItems.clearFilter"));
        clearFilter.setId("items-clear-filter");
        clearFilter.addClickListener(e -> {
            savedFilters.clear();
            filters.show(id.sinergi.action.ActionItemFilter.ALL);
        });
        total.setId("items-total");
        HorizontalLayout actions = new HorizontalLayout(total, saveFilter, clearFilter,
                exports.actionPlan(filters::value), exports.progressReport(filters::value));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        ActionItemColumns.addTo(grid, true);
        items = grid.setItems(query -> service.list(filters.value(), VaadinSpringDataHelpers.toSpringPageRequest(query),
                bookmarks).stream());
        ActionItemColumns.openOnClick(grid, ActionItemSummary::id);
        grid.setSizeFull();
        grid.setId("items-grid");
        savedFilters.load().ifPresent(filters::show);
        add(filters, actions, grid);
        count();
    }

    /** A link with filter parameters (e.g. from the dashboard: one agency, one period) shows that instead of the saved one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id.sinergi.action.ActionItemFilter.fromQueryParameters(event.getLocation().getQueryParameters().getParameters())
                .ifPresent(filters::show);
    }

    private void refresh() {
        bookmarks.clear();
        count();
        grid.getDataProvider().refreshAll();
    }

    /** An exact size up to the limit; beyond it an estimate that grows as the user scrolls, said so in the total. */
    private void count() {
        long found = service.countUpTo(filters.value(), COUNT_LIMIT + 1);
        if (found > COUNT_LIMIT) {
            items.setItemCountEstimate(COUNT_LIMIT);
            items.setItemCountEstimateIncrease(COUNT_LIMIT);
            total.setText(getTranslation("actionItems.totalMoreThan", COUNT_LIMIT));
        } else {
            items.setItemCountCallback(query -> (int) service.countUpTo(filters.value(), COUNT_LIMIT));
            total.setText(getTranslation("actionItems.total", found));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.actionItems");
    }
}
