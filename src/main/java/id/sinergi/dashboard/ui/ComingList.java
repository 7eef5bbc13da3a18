package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import id.sinergi.dashboard.Dashboard;
import id.sinergi.dashboard.UpcomingMeeting;

/** The next 14 days: meetings planned (each links to its page) and action items coming due. */
class ComingList extends Composite<Div> {

    static final String MEETING_ROUTE = "meetings/";

    final Grid<UpcomingMeeting> meetings = new Grid<>();
    final OverdueList dueSoon = new OverdueList("dashboard-due-soon-grid", "dashboard.soon.itemsEmpty", false);
    private final EmptyNote noMeetings;

    ComingList() {
        meetings.setId("dashboard-meetings-grid");
        meetings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        meetings.setAllRowsVisible(true);
        meetings.addColumn(m -> DashboardFormat.dateTime(m.startsAt(), getLocale()))
                .setHeader(getTranslation("dashboard.soon.start")).setAutoWidth(true).setFlexGrow(0);
        meetings.addColumn(DashboardFormat.<UpcomingMeeting>link(m -> MEETING_ROUTE + m.id(), UpcomingMeeting::title))
                .setHeader(getTranslation("dashboard.soon.meeting")).setFlexGrow(3);
        meetings.addColumn(UpcomingMeeting::organizerAbbreviation).setHeader(getTranslation("dashboard.soon.organizer"));
        meetings.addItemClickListener(e -> meetings.getUI().ifPresent(ui -> ui.navigate(MEETING_ROUTE + e.getItem().id())));
        getContent().add(new H4(getTranslation("dashboard.soon.meetings")), meetings,
                new H4(getTranslation("dashboard.soon.items")), dueSoon);
        noMeetings = new EmptyNote(meetings, "dashboard-meetings-grid-empty",
                getTranslation("dashboard.soon.meetingsEmpty"));
    }

    void show(Dashboard dashboard) {
        meetings.setItems(dashboard.upcomingMeetings());
        meetings.setVisible(!dashboard.upcomingMeetings().isEmpty());
        noMeetings.show(dashboard.upcomingMeetings().isEmpty());
        dueSoon.show(dashboard.dueSoon(), dashboard.today());
    }
}
