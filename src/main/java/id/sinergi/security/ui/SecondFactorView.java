package id.sinergi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.security.PendingLogin;
import id.sinergi.security.SecondFactorLogin;

/**
 * The second step of a login: the code of the authenticator app (or a recovery code), or, when the policy demands a
 * second factor the user has not set up yet, its enrolment. The visitor is still anonymous here.
 */
@Route(value = "second-factor", autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorLogin secondFactorLogin;
    final TextField code = new TextField();
    final Button verify = new Button();
    private PendingLogin pending;

    SecondFactorView(SecondFactorLogin secondFactorLogin) {
        this.secondFactorLogin = secondFactorLogin;
        addClassName("sinergi-login");
        setMaxWidth("32em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Object attribute = VaadinSession.getCurrent().getSession().getAttribute(PendingLogin.SESSION_ATTRIBUTE);
        pending = attribute instanceof PendingLogin login ? login : null;
        if (!secondFactorLogin.usable(pending)) {
            VaadinSession.getCurrent().getSession().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
            event.forwardToUrl(pending == null ? "login" : "login?blocked");
            return;
        }
        removeAll();
        add(new H2(getTranslation("twofactor.login.title")));
        if (pending.enrolmentNeeded()) {
            add(new Paragraph(getTranslation("twofactor.login.mustEnrol")), new EnrolmentPanel(
                    secondFactorLogin.startEnrolment(pending),
                    entered -> secondFactorLogin.confirmEnrolment(pending, entered),
                    codes -> { removeAll(); add(new RecoveryCodesPanel(codes, this::complete)); }));
        } else {
            showCodeForm();
        }
        RouterLink back = new RouterLink(getTranslation("twofactor.login.back"), LoginView.class);
        back.setId("second-factor-back");
        add(back);
    }

    private void showCodeForm() {
        code.setLabel(getTranslation("twofactor.login.code"));
        code.setHelperText(getTranslation("twofactor.login.codeHelp"));
        code.setId("second-factor-code");
        code.setMaxLength(24);
        code.setAutofocus(true);
        verify.setText(getTranslation("twofactor.login.verify"));
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        verify.addClickListener(e -> verify());
        add(new Paragraph(getTranslation("twofactor.login.intro")), code, verify);
    }

    private void verify() {
        switch (secondFactorLogin.verify(pending, code.getValue())) {
            case VERIFIED -> complete();
            case WRONG_CODE -> {
                code.setErrorMessage(getTranslation("twofactor.error.wrongCode"));
                code.setInvalid(true);
            }
            case START_AGAIN -> startAgain();
        }
    }

    private void startAgain() {
        VaadinSession.getCurrent().getSession().removeAttribute(PendingLogin.SESSION_ATTRIBUTE);
        getUI().ifPresent(ui -> ui.getPage().setLocation("login?blocked"));
    }

    /** A plain HTTP request turns the verified pending login into the real one (new session id). */
    private void complete() {
        getUI().ifPresent(ui -> ui.getPage().setLocation("login/complete"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofactor.login.title");
    }
}
