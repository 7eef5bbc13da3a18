package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemSummary;
import id.sinergi.agency.AgencyService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.ConfirmDeletion;
import id.sinergi.base.ui.Notifications;
import id.sinergi.region.RegionService;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The action plan (Rencana Aksi) of one meeting, for the meeting page: its items in order, numbered 1, 2, 3 ...; for
 * coordinators on a meeting that is not final, add, edit, move up or down and remove. Items carried over from earlier
 * meetings are listed below it.
 */
class ActionPlanSection extends VerticalLayout {

    private final long meetingId;
    private final LocalDate meetingDay;
    private final ActionItemService service;
    private final AgencyService agencyService;
    private final RegionService regionService;
    private final boolean editable;
    final Grid<ActionItem> grid = new Grid<>();
    final Grid<ActionItem> carried = new Grid<>();
    final Button add = new Button();
    /** The plan's buttons above the grid; the meeting tab adds the export there. */
    final HorizontalLayout tools = new HorizontalLayout(add);

    /** {@code editable}: the user may plan and the meeting is not final (the service refuses changes otherwise too). */
    ActionPlanSection(long meetingId, LocalDate meetingDay, boolean editable, ActionItemService service,
                      AgencyService agencyService, RegionService regionService) {
        this.meetingId = meetingId;
        this.meetingDay = meetingDay;
        this.service = service;
        this.agencyService = agencyService;
        this.regionService = regionService;
        this.editable = editable && service.canEditPlan();
        setPadding(false);
        setId("action-plan");

        add.setText(getTranslation("actionItems.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("action-plan-add");
        add.setVisible(editable);
        add.addClickListener(e -> openDialog(ActionItem.blank()));

        ActionItemColumns.addTo(grid, true, ActionItemSummary::of);
        if (editable) {
            grid.addComponentColumn(this::controls).setHeader(getTranslation("actionItems.controls")).setAutoWidth(true)
                    .setFlexGrow(0).setKey("controls");
        }
        grid.setItems(query -> service.planOf(meetingId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.countPlan(meetingId));
        grid.setId("action-plan-grid");
        ActionItemColumns.openOnClick(grid, ActionItem::getId);
        grid.setAllRowsVisible(true);

        ActionItemColumns.addTo(carried, true, ActionItemSummary::of);
        carried.setItems(query -> service.carriedInto(meetingId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) service.countCarriedInto(meetingId));
        carried.setId("action-plan-carried");
        carried.setAllRowsVisible(true);
        ActionItemColumns.openOnClick(carried, ActionItem::getId);
        H3 carriedTitle = new H3(getTranslation("actionItems.carriedIn"));
        boolean anyCarried = service.countCarriedInto(meetingId) > 0;
        carriedTitle.setVisible(anyCarried);
        carried.setVisible(anyCarried);

        add(tools, grid, carriedTitle, carried);
    }

    private HorizontalLayout controls(ActionItem item) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "actionItems.moveUp", () -> move(item, -1));
        up.setId("item-up-" + item.getNumber());
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "actionItems.moveDown", () -> move(item, 1));
        down.setId("item-down-" + item.getNumber());
        Button edit = iconButton(VaadinIcon.EDIT, "action.edit", () -> openDialog(service.get(item.getId())));
        edit.setId("item-edit-" + item.getNumber());
        Button remove = iconButton(VaadinIcon.TRASH, "action.delete", () -> remove(item));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setId("item-remove-" + item.getNumber());
        HorizontalLayout controls = new HorizontalLayout(up, down, edit, remove);
        controls.setSpacing(false);
        return controls;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void openDialog(ActionItem item) {
        new ActionItemDialog(item, meetingId, meetingDay, ActionItemColumns.agenciesFor(agencyService, item), regionService, service,
                saved -> grid.getDataProvider().refreshAll()).open();
    }

    private void move(ActionItem item, int direction) {
        run(() -> service.move(item.getId(), item.getVersion(), direction));
    }

    private void remove(ActionItem item) {
        ConfirmDeletion.ask("item-remove-confirm", getTranslation("actionItems.remove.title", item.getNumber()),
                item.getActivity(), () -> run(() -> service.remove(item.getId(), item.getVersion())));
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            Notifications.showError(e);
        }
        grid.getDataProvider().refreshAll();
    }
}
