package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemService;
import id.sinergi.agency.Agency;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.region.RegionService;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/** Add an item to a meeting's action plan, or edit one (coordinators). A conflict offers to reload the item. */
class ActionItemDialog extends Dialog {

    private final ActionItem item;
    private final long meetingId;
    private final ActionItemService service;
    private final Consumer<ActionItem> onSaved;
    final ActionItemForm form;
    final Button save = new Button();
    final Button reload = new Button();

    ActionItemDialog(ActionItem item, long meetingId, LocalDate meetingDay, List<Agency> agencies,
                     RegionService regionService, ActionItemService service, Consumer<ActionItem> onSaved) {
        this.item = item;
        this.meetingId = meetingId;
        this.service = service;
        this.onSaved = onSaved;
        this.form = new ActionItemForm(agencies, meetingDay, regionService);
        setHeaderTitle(getTranslation(item.isNew() ? "actionItems.new" : "actionItems.edit"));
        form.edit(item);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setId("item-save");
        reload.setText(getTranslation("actionItems.reload"));
        reload.setVisible(false);
        reload.setId("item-reload");
        reload.addClickListener(e -> reloadItem());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("item-cancel");
        getFooter().add(reload, cancel, save);
        setWidth("min(52em, 100vw)");
    }

    private void save() {
        if (!form.writeTo(item)) {
            return;
        }
        try {
            ActionItem saved = item.isNew() ? service.create(meetingId, item) : service.update(item);
            Notifications.showSuccess(getTranslation("actionItems.saved", saved.getNumber()));
            onSaved.accept(saved);
            close();
        } catch (OptimisticLockingFailureException e) {
            Notifications.showError(e);
            reload.setVisible(true);
        } catch (BusinessRuleException e) {
            Notifications.showError(e);
        }
    }

    /** Shows the stored item again (the other person's save), dropping this dialog's unsaved input. */
    private void reloadItem() {
        ActionItem fresh = service.get(item.getId());
        close();
        new ActionItemDialog(fresh, meetingId, form.dueDate.getMin(), form.agencies(), form.regionService(), service,
                onSaved).open();
    }
}
