package id.sinergi.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import jakarta.annotation.security.PermitAll;

/** The shell: app name, side navigation of the views the user may open, user menu with language and logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

    private final UserService userService;
    private final AuthenticationContext authenticationContext;
    private final Span pageTitle = new Span();

    MainLayout(UserService userService, AuthenticationContext authenticationContext) {
        this.userService = userService;
        this.authenticationContext = authenticationContext;
        User user = userService.findCurrent();
        setPrimarySection(Section.DRAWER);
        pageTitle.addClassName("sinergi-page-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), pageTitle);
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        navbar.setWidthFull();
        navbar.addAndExpand(new Div());
        navbar.add(userMenu(user));
        navbar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(navbar);
        addToDrawer(drawerHeader(), new Scroller(navigation()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (userService.findCurrent().isMustChangePassword()) {
            event.forwardTo("change-password");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        pageTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

    private Div drawerHeader() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("sinergi-brand");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("sinergi-tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("sinergi-drawer-header");
        return header;
    }

    private MenuLinks navigation() {
        return new MenuLinks(MenuConfiguration.getMenuEntries(), this::getTranslation);
    }

    private MenuBar userMenu(User user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.getFullName());
        avatar.addClassName("sinergi-avatar");
        MenuItem root = menu.addItem(avatar);
        root.add(new Text(" " + user.getFullName()));
        SubMenu sub = root.getSubMenu();
        String role = getTranslation(user.getRole().messageKey());
        String agency = user.getAgency() == null ? "" : " · " + user.getAgency().getAbbreviation();
        MenuItem info = sub.addItem(role + agency);
        info.setEnabled(false);
        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.setId("menu-language");
        language.getSubMenu().addItem(getTranslation("language.id"), e -> LanguageSwitch.change(userService, "id"))
                .setId("menu-language-id");
        language.getSubMenu().addItem(getTranslation("language.en"), e -> LanguageSwitch.change(userService, "en"))
                .setId("menu-language-en");
        sub.addItem(getTranslation("menu.changePassword"), e -> getUI().ifPresent(ui -> ui.navigate("change-password")))
                .setId("menu-change-password");
        sub.addItem(getTranslation("menu.accountSecurity"), e -> getUI().ifPresent(ui -> ui.navigate("account/security")))
                .setId("menu-account-security");
        sub.addItem(getTranslation("menu.logout"), e -> authenticationContext.logout()).setId("menu-logout");
        return menu;
    }
}
