package id.sinergi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import id.sinergi.base.i18n.Translations;
import id.sinergi.user.UserService;

/** Switches the UI language, remembers it for the user, and redraws the page in the new language. */
public final class LanguageSwitch {

    static final String SESSION_ATTRIBUTE = "sinergi.language";

    private LanguageSwitch() {
    }

    public static void change(UserService userService, String language) {
        userService.changeOwnLanguage(language);
        apply(language);
        UI.getCurrent().getPage().reload();
    }

    /** Sets the language for this browser session without remembering it (the login page). */
    public static void apply(String language) {
        var locale = Translations.forLanguage(language);
        VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, locale.getLanguage());
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}
