package id.sinergi.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import id.sinergi.agency.Agency;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.security.SecondFactorService;
import id.sinergi.security.SessionService;
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

    UserDialog(User user, UserService userService, List<Agency> agencies, AccountActions accountActions, Runnable onSaved) {
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
            Button endSessions = new Button(getTranslation("users.endSessions"), e -> {
                accountActions.sessions().endSessionsOf(user.getId());
                Notifications.showSuccess(getTranslation("users.endSessions.done", user.getUsername()));
            });
            endSessions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            endSessions.setId("user-end-sessions");
            Button resetSecondFactor = new Button(getTranslation("users.resetSecondFactor"), e -> {
                accountActions.secondFactors().resetFor(user.getId());
                Notifications.showSuccess(getTranslation("users.resetSecondFactor.done", user.getUsername()));
            });
            resetSecondFactor.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            resetSecondFactor.setId("user-reset-second-factor");
            getFooter().add(reset, resetSecondFactor, endSessions);
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

    /** The security feature's actions on an account (its sessions and its second factor). */
    record AccountActions(SessionService sessions, SecondFactorService secondFactors) {
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
