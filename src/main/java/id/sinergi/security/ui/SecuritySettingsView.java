package id.sinergi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sinergi.base.ui.Notifications;
import id.sinergi.security.SecondFactorPolicy;
import id.sinergi.security.SecuritySettingsService;
import id.sinergi.security.SessionService;
import id.sinergi.user.Role;
import jakarta.annotation.security.RolesAllowed;

/** Administrators decide who must log in with a second factor, and can end every session at once. */
@Route("security-settings")
@Menu(order = 92, title = "menu.securitySettings", icon = "vaadin:shield")
@RolesAllowed(Role.ADMIN_NAME)
public class SecuritySettingsView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<SecondFactorPolicy> policy = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button endAll = new Button();

    SecuritySettingsView(SecuritySettingsService settings, SessionService sessions) {
        addClassName("sinergi-page");
        policy.setLabel(getTranslation("security.policy.label"));
        policy.setItems(SecondFactorPolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        policy.setValue(settings.secondFactorPolicy());
        policy.setId("security-policy");
        save.setText(getTranslation("action.save"));
        save.setId("security-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            settings.changeSecondFactorPolicy(policy.getValue());
            Notifications.showSuccess(getTranslation("security.saved"));
        });
        Div secondFactor = new Div(new H3(getTranslation("twofactor.title")),
                new Paragraph(getTranslation("security.policy.intro")), policy, save);
        secondFactor.addClassName("sinergi-card");

        endAll.setText(getTranslation("security.endAll"));
        endAll.setId("security-end-all");
        endAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endAll.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("security.endAll"),
                    getTranslation("security.endAll.confirm"), getTranslation("security.endAll"), ok -> {
                        int ended = sessions.endAllOtherSessions();
                        Notifications.showSuccess(getTranslation("security.endAll.done", ended));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        Div sessionsCard = new Div(new H3(getTranslation("sessions.title")),
                new Paragraph(getTranslation("security.endAll.intro")), endAll);
        sessionsCard.addClassName("sinergi-card");
        add(secondFactor, sessionsCard);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.securitySettings");
    }
}
