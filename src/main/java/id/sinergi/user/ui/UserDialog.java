package id.sinergi.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.agency.Agency;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/** Create or edit one account; for an existing one, also reset its password. */
class UserDialog extends Dialog {

    private final User user;
    private final UserService userService;
    private final Runnable onSaved;
    final UserForm form;
    final Button save = new Button();

    UserDialog(User user, UserService userService, List<Agency> agencies, Runnable onSaved) {
        this.user = user;
        this.userService = userService;
        this.onSaved = onSaved;
        this.form = new UserForm(agencies, user.isNew());
        setHeaderTitle(getTranslation(user.isNew() ? "users.new" : "users.edit"));
        form.edit(user);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("user-cancel");
        if (!user.isNew()) {
            Button reset = new Button(getTranslation("users.resetPassword"), e -> resetPassword());
            reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            reset.setId("user-reset-password");
            getFooter().add(reset);
        }
        getFooter().add(cancel, save);
        setWidth("min(40em, 100vw)");
    }

    private void save() {
        if (!form.writeTo(user)) {
            return;
        }
        try {
            if (user.isNew()) {
                userService.create(user, form.initialPassword.getValue());
            } else {
                userService.update(user);
            }
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            Notifications.showError(e);
            return;
        }
        Notifications.showSuccess(getTranslation("users.saved", user.getUsername()));
        onSaved.run();
        close();
    }

    private void resetPassword() {
        String password = userService.resetPassword(user.getId());
        ConfirmDialog shown = new ConfirmDialog();
        shown.setHeader(getTranslation("users.resetPassword"));
        shown.setText(getTranslation("users.resetPassword.done", user.getUsername(), password));
        shown.setConfirmText(getTranslation("action.close"));
        shown.setId("user-new-password");
        shown.open();
        onSaved.run();
        close();
    }
}
