package id.sinergi.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sinergi.base.ui.LanguageSwitch;

/** The login page, in Indonesian unless the visitor picks English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView() {
        addClassName("sinergi-login");
        setSizeFull();
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("sinergi-brand");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxxl)");
        Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("sinergi-tagline");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        login.setId("login-form");
        add(title, tagline, login, languageSwitch());
    }

    private HorizontalLayout languageSwitch() {
        Button indonesian = new Button(getTranslation("language.id"), e -> switchTo("id"));
        indonesian.setId("login-language-id");
        Button english = new Button(getTranslation("language.en"), e -> switchTo("en"));
        english.setId("login-language-en");
        indonesian.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        english.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(indonesian, english);
    }

    private void switchTo(String language) {
        LanguageSwitch.apply(language);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    /** The same message for every wrong username or password; a blocked login only learns to try again later. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("blocked")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.error.blocked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.blocked.message"));
            login.setI18n(i18n);
        }
        login.setError(parameters.containsKey("error") || parameters.containsKey("blocked"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
