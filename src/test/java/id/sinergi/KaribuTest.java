package id.sinergi;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.server.VaadinServletRequest;
import com.github.mvysny.fakeservlet.FakeRequest;
import id.sinergi.base.i18n.Translations;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless UI tests: the real Spring context, a mocked Vaadin environment, and a one-line login. */
@SinergiSpringTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Translations translations;
    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("id.sinergi");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = MockedUI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Logs in as an existing account (the demo accounts: admin, koordinator, penghubung.disnaker, ...). */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected void useLanguage(String language) {
        UI.getCurrent().setLocale(Translations.forLanguage(language));
    }

    /** The text a user sees for a key in the current UI language. */
    protected String text(String key, Object... args) {
        Locale locale = UI.getCurrent().getLocale();
        return translations.getTranslation(key, locale, args);
    }

    /**
     * A button in the footer of an open dialog, by id: Karibu's locator does not look into dialog footers (their
     * components hang off the footer's own element), so this walks them, as a user sees the footer's buttons.
     */
    protected static Button footerButton(String id) {
        return LocatorJ._find(Dialog.class).stream()
                .flatMap(dialog -> dialog.getFooter().getElement().getChildren())
                .map(element -> element.getComponent().orElse(null))
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getId().filter(id::equals).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("No button #" + id + " in an open dialog's footer"));
    }
}
