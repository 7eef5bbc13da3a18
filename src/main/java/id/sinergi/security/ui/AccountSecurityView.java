package id.sinergi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.sinergi.base.ui.Notifications;
import id.sinergi.security.SecondFactorService;
import id.sinergi.security.SessionService;
import jakarta.annotation.security.PermitAll;

/** Every user's own login security: the second factor (enrol, new recovery codes, turn off) and their active sessions. */
@Route("account/security")
@PermitAll
public class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    private final SecondFactorService secondFactors;
    final Div twoFactor = new Div();

    AccountSecurityView(SecondFactorService secondFactors, SessionService sessions) {
        this.secondFactors = secondFactors;
        addClassName("sinergi-page");
        twoFactor.addClassName("sinergi-card");
        twoFactor.setId("twofactor-card");
        Div sessionsCard = new Div(new SessionsPanel(sessions));
        sessionsCard.addClassName("sinergi-card");
        add(new H2(getTranslation("account.security.title")), twoFactor, sessionsCard);
        showStatus();
    }

    private void showStatus() {
        SecondFactorService.Status status = secondFactors.status();
        twoFactor.removeAll();
        Paragraph state = new Paragraph(status.enabled()
                ? getTranslation("twofactor.status.on", status.recoveryCodesLeft())
                : getTranslation(status.required() ? "twofactor.status.offRequired" : "twofactor.status.off"));
        state.setId("twofactor-status");
        twoFactor.add(new H3(getTranslation("twofactor.title")), new Paragraph(getTranslation("twofactor.intro")), state);
        if (!status.enabled()) {
            Button enable = new Button(getTranslation("twofactor.enable"), e -> startEnrolment());
            enable.setId("twofactor-enable");
            enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoFactor.add(enable);
            return;
        }
        Button renew = new Button(getTranslation("twofactor.renewCodes"), e -> new ReauthDialog("twofactor.renewCodes",
                false, true, (password, code) -> showCodes(secondFactors.renewRecoveryCodes(code))).open());
        renew.setId("twofactor-renew-codes");
        Button disable = new Button(getTranslation("twofactor.disable"), e -> new ReauthDialog("twofactor.disable",
                true, true, (password, code) -> {
                    secondFactors.disable(password, code);
                    Notifications.showSuccess(getTranslation("twofactor.disabled"));
                    showStatus();
                }).open());
        disable.setId("twofactor-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        disable.setVisible(!status.required());
        twoFactor.add(new HorizontalLayout(renew, disable));
    }

    private void startEnrolment() {
        new ReauthDialog("twofactor.enable", true, false, (password, code) -> {
            SecondFactorService.Enrolment enrolment = secondFactors.startEnrolment(password);
            twoFactor.removeAll();
            twoFactor.add(new H3(getTranslation("twofactor.title")),
                    new EnrolmentPanel(enrolment, secondFactors::confirmEnrolment, this::showCodes));
        }).open();
    }

    private void showCodes(java.util.List<String> codes) {
        twoFactor.removeAll();
        twoFactor.add(new H3(getTranslation("twofactor.title")), new RecoveryCodesPanel(codes, this::showStatus));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.security.title");
    }
}
