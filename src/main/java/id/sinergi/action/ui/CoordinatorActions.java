package id.sinergi.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemStatusService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/** A coordinator's buttons on an item: edit the plan fields, mark done, cancel, reopen. */
class CoordinatorActions extends HorizontalLayout {

    final Button edit = new Button();
    final Button done = new Button();
    final Button cancel = new Button();
    final Button reopen = new Button();
    private final Runnable onChanged;

    CoordinatorActions(ActionItem item, boolean planEditable, ActionItemStatusService service, Runnable openEditor,
                       Runnable onChanged) {
        this.onChanged = onChanged;
        setId("coordinator-actions");
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("item-edit");
        edit.setVisible(planEditable);
        edit.addClickListener(e -> openEditor.run());
        done.setText(getTranslation("actionItems.markDone"));
        done.setIcon(VaadinIcon.CHECK.create());
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        done.setId("item-mark-done");
        done.addClickListener(e -> askReason("actionItems.markDone", false,
                reason -> service.markDone(item.getId(), item.getVersion(), reason)));
        cancel.setText(getTranslation("actionItems.cancelItem"));
        cancel.setIcon(VaadinIcon.BAN.create());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("item-cancel-item");
        cancel.addClickListener(e -> askReason("actionItems.cancelItem", true,
                reason -> service.cancel(item.getId(), item.getVersion(), reason)));
        reopen.setText(getTranslation("actionItems.reopen"));
        reopen.setIcon(VaadinIcon.ROTATE_LEFT.create());
        reopen.setId("item-reopen");
        reopen.addClickListener(e -> change(() -> service.reopen(item.getId(), item.getVersion())));
        boolean open = item.getStatus().isOpen();
        done.setVisible(open);
        cancel.setVisible(open);
        reopen.setVisible(!open);
        add(edit, done, cancel, reopen);
    }

    private void askReason(String titleKey, boolean required, java.util.function.Function<String, ActionItem> action) {
        ReasonDialog dialog = new ReasonDialog(titleKey, titleKey, required);
        dialog.confirm.addClickListener(e -> {
            if (change(() -> action.apply(dialog.reason.getValue()))) {
                dialog.close();
            }
        });
        dialog.open();
    }

    private boolean change(Supplier<ActionItem> action) {
        try {
            action.get();
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            Notifications.showError(e);
            return false;
        }
        Notifications.showSuccess(getTranslation("actionItems.changed"));
        onChanged.run();
        return true;
    }
}
