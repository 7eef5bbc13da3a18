package id.sinergi.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import id.sinergi.dashboard.Dashboard;
import id.sinergi.dashboard.UpcomingMeeting;

/** The next 14 days: meetings planned (each links to its page) and action items coming due. */
class ComingList extends Composite<Div> {

    static final String MEETING_ROUTE = "meetings/";

    final ShortTable<UpcomingMeeting> meetings;
    final OverdueList dueSoon = new OverdueList("dashboard-due-soon-grid", "dashboard.soon.itemsEmpty", false);
    private final EmptyNote noMeetings;

    ComingList() {
        meetings = new ShortTable<UpcomingMeeting>("dashboard-meetings-grid")
                .column(getTranslation("dashboard.soon.start"), m -> DashboardFormat.dateTime(m.startsAt(), getLocale()),
                        "sinergi-nowrap")
                .link(getTranslation("dashboard.soon.meeting"), m -> MEETING_ROUTE + m.id(), UpcomingMeeting::title)
                .column(getTranslation("dashboard.soon.organizer"), UpcomingMeeting::organizerAbbreviation);
        getContent().add(new H4(getTranslation("dashboard.soon.meetings")), meetings,
                new H4(getTranslation("dashboard.soon.items")), dueSoon);
        noMeetings = new EmptyNote(meetings, "dashboard-meetings-grid-empty",
                getTranslation("dashboard.soon.meetingsEmpty"));
    }

    void show(Dashboard dashboard) {
        meetings.show(dashboard.upcomingMeetings());
        noMeetings.show(dashboard.upcomingMeetings().isEmpty());
        dueSoon.show(dashboard.dueSoon(), dashboard.today());
    }
}
