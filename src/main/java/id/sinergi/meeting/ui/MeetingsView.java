package id.sinergi.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingFormat;
import id.sinergi.meeting.MeetingRow;
import id.sinergi.meeting.MeetingService;
import jakarta.annotation.security.PermitAll;

/** All meetings, newest first, lazily loaded and filtered; a click opens the meeting. */
@Route("meetings")
@Menu(order = 20, title = "menu.meetings", icon = "vaadin:calendar-user")
@PermitAll
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    final MeetingFilterBar filters;
    final Grid<MeetingRow> grid = new Grid<>();
    final Button create = new Button();

    MeetingsView(MeetingService meetingService, AgencyService agencyService) {
        addClassName("sinergi-page");
        setSizeFull();
        filters = new MeetingFilterBar(agencyService.listActive(), () -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("meetings.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("meetings-new");
        create.setVisible(meetingService.canEdit());
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.NEW_PATH)));
        HorizontalLayout toolbar = new HorizontalLayout(filters, create);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        toolbar.setFlexGrow(1, filters);

        grid.addColumn(r -> MeetingFormat.dateTime(r.meeting().getStartsAt(), getLocale()) + " "
                        + getTranslation(MeetingFormat.zoneKey(r.meeting().getTimeZone())))
                .setHeader(getTranslation("meeting.startsAt")).setKey("startsAt").setSortProperty("startsAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.meeting().getKind().messageKey()))
                .setHeader(getTranslation("meeting.kind")).setKey("kind").setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(r -> r.meeting().getTitle()).setHeader(getTranslation("meeting.title")).setKey("title")
                .setSortProperty("title").setWidth("22rem").setFlexGrow(3);
        grid.addColumn(r -> r.meeting().getOrganizer().getAbbreviation()).setHeader(getTranslation("meeting.organizer"))
                .setKey("organizer").setSortProperty("organizer.name").setAutoWidth(true);
        grid.addColumn(r -> r.meeting().getChairName()).setHeader(getTranslation("meeting.chair")).setKey("chair")
                .setSortProperty("chairName").setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.meeting().getStatus().messageKey()))
                .setHeader(getTranslation("meeting.status")).setKey("status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(r -> r.openActionItems() == 0 ? "" : Integer.toString(r.openActionItems()))
                .setHeader(getTranslation("meetings.openActionItems")).setKey("openActionItems")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> meetingService.list(filters.value(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) meetingService.count(filters.value()));
        grid.addItemClickListener(e -> open(e.getItem().meeting()));
        grid.setSizeFull();
        grid.setId("meetings-grid");
        add(toolbar, grid);
    }

    private void open(Meeting meeting) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(meeting.getId())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.meetings");
    }
}
