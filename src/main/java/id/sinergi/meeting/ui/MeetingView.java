package id.sinergi.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyService;
import id.sinergi.agency.OfficerService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.meeting.AgendaService;
import id.sinergi.meeting.AttendanceService;
import id.sinergi.meeting.FollowUpService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import id.sinergi.meeting.MinutesDocument;
import id.sinergi.meeting.OutcomeService;
import id.sinergi.user.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** One meeting: its header and, once saved, its agenda, attendance, outcomes and the sections other features add. */
@Route("meetings/:meetingId([0-9]+|new)")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW_PATH = "meetings/new";
    private static final String PARAMETER = "meetingId";

    private final MeetingService meetingService;
    private final AgencyService agencyService;
    private final UserService userService;
    private final AgendaService agendaService;
    private final AttendanceService attendanceService;
    private final OutcomeService outcomeService;
    private final ObjectProvider<MeetingSection> sections;
    private final FollowUpService followUpService;
    private final MinutesDocument minutes;
    private final OfficerService officerService;
    final H2 heading = new H2();
    final Span status = new Span();
    final TabSheet tabs = new TabSheet();
    final Button save = new Button();
    MeetingForm form;
    AgendaSection agenda;
    AttendanceSection attendance;
    OutcomesSection outcomes;
    private Meeting meeting;

    MeetingView(MeetingService meetingService, AgencyService agencyService, UserService userService,
                AgendaService agendaService, AttendanceService attendanceService, OutcomeService outcomeService,
                ObjectProvider<MeetingSection> sections, FollowUpService followUpService, MinutesDocument minutes,
                OfficerService officerService) {
        this.officerService = officerService;
        this.followUpService = followUpService;
        this.minutes = minutes;
        this.meetingService = meetingService;
        this.agencyService = agencyService;
        this.userService = userService;
        this.agendaService = agendaService;
        this.attendanceService = attendanceService;
        this.outcomeService = outcomeService;
        this.sections = sections;
        addClassName("sinergi-page");
        heading.setId("meeting-heading");
        status.setId("meeting-status");
        status.getElement().setAttribute("theme", "badge");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        save.addClickListener(e -> save());
        tabs.setWidthFull();
        tabs.setId("meeting-tabs");
    }

    static RouteParameters parameters(long meetingId) {
        return new RouteParameters(PARAMETER, Long.toString(meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(PARAMETER).orElse("new");
        if ("new".equals(parameter)) {
            if (!meetingService.canEdit()) {
                event.forwardTo(MeetingsView.class);
                return;
            }
            show(Meeting.blank(userService.findCurrent().getAgency()));
            return;
        }
        meetingService.findById(Long.valueOf(parameter)).ifPresentOrElse(this::show, () -> {
            Notifications.showError(new BusinessRuleException("error.notFound"));
            event.forwardTo(MeetingsView.class);
        });
    }

    private void show(Meeting shown) {
        this.meeting = shown;
        removeAll();
        new ArrayList<>(tabs.getChildren().toList()).forEach(tabs::remove);
        heading.setText(shown.isNew() ? getTranslation("meetings.new") : shown.getTitle());
        status.setText(getTranslation(shown.getStatus().messageKey()));
        HorizontalLayout header = new HorizontalLayout(heading, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        boolean editable = meetingService.canEdit() && !shown.isFinal();
        form = new MeetingForm(agenciesFor(shown), meetingService);
        form.edit(shown);
        form.setReadOnly(!editable);
        save.setVisible(editable);
        VerticalLayout details = new VerticalLayout(form, save);
        details.setPadding(false);
        tabs.add(getTranslation("meeting.tab.details"), details);
        add(header);
        if (!shown.isNew()) {
            add(new MeetingActions(shown, meetingService, followUpService, minutes, this::show,
                    next -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class, parameters(next.getId())))));
            long id = shown.getId();
            agenda = new AgendaSection(id, agendaService, editable, () -> { });
            attendance = new AttendanceSection(id, attendanceService, () -> agenciesFor(shown), officerService,
                    editable);
            outcomes = new OutcomesSection(id, outcomeService, agendaService, editable, () -> { });
            tabs.add(getTranslation("meeting.tab.agenda"), agenda);
            tabs.add(getTranslation("meeting.tab.attendance"), attendance);
            tabs.add(getTranslation("meeting.tab.outcomes"), outcomes);
            addExtensionSections(shown, editable);
        }
        add(tabs);
    }

    private void addExtensionSections(Meeting shown, boolean editable) {
        List<MeetingSection> extensions = sections.orderedStream()
                .sorted(Comparator.comparingInt(MeetingSection::order)).toList();
        if (extensions.isEmpty()) {
            VerticalLayout placeholder = new VerticalLayout(new Paragraph(getTranslation("meeting.actionItems.none")));
            placeholder.setPadding(false);
            placeholder.setId("meeting-action-items-placeholder");
            tabs.add(getTranslation("meeting.tab.actionItems"), placeholder);
        }
        for (MeetingSection section : extensions) {
            tabs.add(getTranslation(section.titleKey()), section.create(shown, editable));
        }
    }

    /** The active agencies, plus the meeting's organizer when it is no longer active (renamed, merged). */
    private List<Agency> agenciesFor(Meeting shown) {
        List<Agency> agencies = new ArrayList<>(agencyService.listActive());
        if (shown.getOrganizer() != null && !agencies.contains(shown.getOrganizer())) {
            agencies.add(shown.getOrganizer());
        }
        return agencies;
    }

    private void save() {
        boolean created = meeting.isNew();
        if (!form.writeTo(meeting)) {
            return;
        }
        Meeting[] saved = new Meeting[1];
        if (!Actions.run(() -> saved[0] = created ? meetingService.create(meeting) : meetingService.update(meeting))) {
            return;
        }
        Notifications.showSuccess(getTranslation("meeting.saved", saved[0].getTitle()));
        if (created) {
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class, parameters(saved[0].getId())));
        } else {
            show(meetingService.get(saved[0].getId()));
        }
    }

    @Override
    public String getPageTitle() {
        return meeting == null || meeting.isNew() ? getTranslation("meetings.new") : meeting.getTitle();
    }
}
