package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.sinergi.dashboard.Dashboard;
import id.sinergi.dashboard.DashboardFilter;
import id.sinergi.dashboard.DashboardService;
import id.sinergi.user.Role;
import id.sinergi.user.User;
import id.sinergi.user.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The home page. Leadership, coordinators and administrators see the dashboard: headline figures, progress per agency
 * (worst first, a click opens that agency's items), the 12-month trend, the most overdue items, the next 14 days and the
 * Desa Binaan per office, for a period of due dates and a Kanwil/province. A liaison's home is their agency's items.
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** A liaison's home: their agency's action items, with the agency's figures on top (action/ui/OurItemsView). */
    static final String LIAISON_HOME = "our-items";

    private final Role role;
    private final DashboardService service;
    private final List<DashboardExport> exports;
    final HeadlineFigures figures = new HeadlineFigures();
    final Paragraph figuresNote = new Paragraph();
    final AgencyChart agencies;
    final TrendChart trend;
    final OverdueList overdue;
    final ComingList coming;
    final VillagesTable villages;
    private final Panel villagesPanel;
    private final List<Panel> panels;

    DashboardView(UserService userService, DashboardService service, ObjectProvider<DashboardExport> exports) {
        this.service = service;
        this.exports = exports.orderedStream().toList();
        User user = userService.findCurrent();
        role = user.getRole();
        addClassName("sinergi-page");
        H2 greeting = new H2(getTranslation("home.greeting", user.getFullName()));
        greeting.setId("home-greeting");
        String agency = user.getAgency() == null ? getTranslation("home.noAgency") : user.getAgency().getName();
        Paragraph who = new Paragraph(getTranslation("home.signedInAs", getTranslation(role.messageKey()), agency));
        who.setId("home-role");
        add(greeting, who);
        agencies = new AgencyChart();
        trend = new TrendChart();
        overdue = new OverdueList("dashboard-overdue-grid", "dashboard.overdue.empty", true);
        coming = new ComingList();
        villages = new VillagesTable();
        figuresNote.addClassName("sinergi-hint");
        villagesPanel = new Panel(DashboardPanel.VILLAGES, "dashboard-villages", "", villages);
        panels = List.of(
                new Panel(DashboardPanel.FIGURES, "dashboard-headline", getTranslation("dashboard.figures.title"),
                        figures, figuresNote),
                new Panel(DashboardPanel.AGENCIES, "dashboard-agencies", getTranslation("dashboard.agencies.title"),
                        agencies),
                new Panel(DashboardPanel.OVERDUE, "dashboard-overdue", getTranslation("dashboard.overdue.title"), overdue),
                new Panel(DashboardPanel.TREND, "dashboard-trend", getTranslation("dashboard.trend.title"), trend),
                new Panel(DashboardPanel.COMING, "dashboard-coming", getTranslation("dashboard.soon.title"), coming),
                villagesPanel);
        if (role != Role.LIAISON) {
            DashboardFilter initial = DashboardFilter.yearOf(DashboardService.today());
            add(new DashboardFilterBar(initial, service.kanwilAreas(), this::show));
            Div grid = new Div();
            grid.addClassName("sinergi-dashboard");
            panels.forEach(grid::add);
            add(grid);
            show(initial);
        }
    }

    void show(DashboardFilter filter) {
        Dashboard dashboard = service.dashboard(filter);
        figures.show(dashboard.headline());
        figuresNote.setText(getTranslation("dashboard.figures.note",
                DashboardFormat.number(dashboard.headline().items().cancelled(), getLocale())));
        agencies.show(dashboard.agencies(), filter);
        trend.show(dashboard.trend());
        overdue.show(dashboard.mostOverdue(), dashboard.today());
        coming.show(dashboard);
        villages.show(dashboard.villages());
        villagesPanel.setHeading(getTranslation("dashboard.villages.title", getTranslation("dashboard.quarter",
                dashboard.quarter().number(), dashboard.quarter().year())));
        panels.forEach(p -> p.showExports(exports, filter));
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
