package id.sinergi.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import jakarta.annotation.security.PermitAll;

/** Greets the user and says what their role can do. The dashboard issue replaces it for leadership. */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int CAPABILITIES_PER_ROLE = 4;
    /** A liaison's home is their agency's action items (action/ui/OurItemsView). */
    static final String LIAISON_HOME = "our-items";

    private final Role role;

    HomeView(UserService userService) {
        User user = userService.findCurrent();
        role = user.getRole();
        addClassName("sinergi-page");
        H2 greeting = new H2(getTranslation("home.greeting", user.getFullName()));
        greeting.setId("home-greeting");
        String agency = user.getAgency() == null ? getTranslation("home.noAgency") : user.getAgency().getName();
        Paragraph who = new Paragraph(getTranslation("home.signedInAs", getTranslation(user.getRole().messageKey()), agency));
        who.setId("home-role");

        UnorderedList capabilities = new UnorderedList();
        capabilities.setId("home-capabilities");
        for (int i = 1; i <= CAPABILITIES_PER_ROLE; i++) {
            capabilities.add(new ListItem(getTranslation("home.can." + user.getRole().name() + "." + i)));
        }
        Div card = new Div(new H3(getTranslation("home.whatYouCanDo")), capabilities);
        card.addClassName("sinergi-card");
        add(greeting, who, card, new Paragraph(getTranslation("home.about")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (role == Role.LIAISON) {
            event.forwardTo(LIAISON_HOME);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home");
    }
}
