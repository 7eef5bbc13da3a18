package id.sinergi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;

/** Asks again for the password (and/or an authenticator code) before a change to how the user logs in. */
class ReauthDialog extends Dialog {

    interface Action {
        void run(String password, String code);
    }

    final PasswordField password = new PasswordField();
    final TextField code = new TextField();
    final Button confirm = new Button();

    ReauthDialog(String titleKey, boolean askPassword, boolean askCode, Action action) {
        setHeaderTitle(getTranslation(titleKey));
        password.setLabel(getTranslation("password.current"));
        password.setId("reauth-password");
        password.setVisible(askPassword);
        code.setLabel(getTranslation("twofactor.login.code"));
        code.setHelperText(getTranslation("twofactor.login.codeHelp"));
        code.setId("reauth-code");
        code.setVisible(askCode);
        confirm.setText(getTranslation("action.confirm"));
        confirm.setId("reauth-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            password.setInvalid(false);
            code.setInvalid(false);
            try {
                action.run(password.getValue(), code.getValue());
                close();
            } catch (BusinessRuleException refused) {
                boolean aboutCode = refused.messageKey().startsWith("twofactor.");
                var field = aboutCode && askCode ? code : askPassword ? password : code;
                field.setErrorMessage(Notifications.message(refused));
                field.setInvalid(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new Paragraph(getTranslation("reauth.intro")), new FormLayout(password, code));
        getFooter().add(cancel, confirm);
        setWidth("min(28em, 100vw)");
    }
}
