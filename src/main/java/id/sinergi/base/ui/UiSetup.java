package id.sinergi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import id.sinergi.base.i18n.Translations;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.UserService;
import org.springframework.stereotype.Component;

/** Every new UI speaks the user's language (Indonesian unless chosen otherwise) and shows errors kindly. */
@Component
class UiSetup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService userService;

    UiSetup(CurrentUser currentUser, UserService userService) {
        this.currentUser = currentUser;
        this.userService = userService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(localeFor(e.getUI())));
    }

    private java.util.Locale localeFor(UI ui) {
        if (currentUser.get().isPresent()) {
            return Translations.forLanguage(userService.findCurrent().getPreferredLanguage());
        }
        VaadinSession session = ui.getSession();
        Object chosen = session == null ? null : session.getAttribute(LanguageSwitch.SESSION_ATTRIBUTE);
        return Translations.forLanguage(chosen instanceof String language ? language : "id");
    }
}
