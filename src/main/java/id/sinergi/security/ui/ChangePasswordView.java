package id.sinergi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.user.PasswordPolicy;
import id.sinergi.user.UserService;
import jakarta.annotation.security.PermitAll;

/** Every user changes their own password here; a user with a one-time password is sent here first. */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();

    ChangePasswordView(UserService userService) {
        this.userService = userService;
        addClassName("sinergi-login");
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        fresh.setLabel(getTranslation("password.new"));
        fresh.setId("password-new");
        fresh.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat, save);
        form.setMaxWidth("28em");
        String intro = userService.findCurrent().isMustChangePassword() ? "password.mustChange" : "password.intro";
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation(intro)), form);
    }

    private void save() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.error.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            userService.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (BusinessRuleException e) {
            boolean aboutCurrent = "password.error.currentWrong".equals(e.messageKey()) || e.messageKey().startsWith("login.");
            PasswordField field = aboutCurrent ? current : fresh;
            field.setErrorMessage(Notifications.message(e));
            field.setInvalid(true);
            return;
        }
        Notifications.showSuccess(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
