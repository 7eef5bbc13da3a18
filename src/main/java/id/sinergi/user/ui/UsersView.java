package id.sinergi.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.agency.AgencyService;
import id.sinergi.security.SecondFactorService;
import id.sinergi.security.SessionService;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import jakarta.annotation.security.RolesAllowed;

/** Administrators keep the user accounts here: create, edit role and agency, reset password, disable. */
@Route("users")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService userService;
    private final AgencyService agencyService;
    private final UserDialog.AccountActions accountActions;
    final TextField search = new TextField();
    final Grid<User> grid = new Grid<>();

    UsersView(UserService userService, AgencyService agencyService, SessionService sessions,
              SecondFactorService secondFactors) {
        this.userService = userService;
        this.accountActions = new UserDialog.AccountActions(sessions, secondFactors);
        this.agencyService = agencyService;
        addClassName("sinergi-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("users-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openDialog(User.blank()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("users-new");
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);

        grid.addColumn(User::getUsername).setHeader(getTranslation("user.username")).setKey("username")
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(User::getFullName).setHeader(getTranslation("user.fullName")).setKey("fullName")
                .setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.getRole().messageKey())).setHeader(getTranslation("user.role"))
                .setKey("role").setSortProperty("role").setAutoWidth(true);
        grid.addColumn(u -> u.getAgency() == null ? "" : u.getAgency().getAbbreviation())
                .setHeader(getTranslation("user.agency")).setKey("agency").setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.isEnabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("user.status")).setKey("status").setAutoWidth(true);
        grid.setItems(query -> userService.list(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> (int) userService.count(search.getValue()));
        grid.addItemClickListener(e -> openDialog(e.getItem()));
        grid.setSizeFull();
        grid.setId("users-grid");
        add(toolbar, grid);
    }

    private void openDialog(User user) {
        new UserDialog(user, userService, agencyService.listActive(), accountActions, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.users");
    }
}
