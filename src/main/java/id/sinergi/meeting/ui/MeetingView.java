package id.sinergi.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import id.sinergi.user.UserService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;

/** One meeting: its header and, once saved, its agenda, attendance, outcomes and action items. */
@Route("meetings/:meetingId([0-9]+|new)")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW_PATH = "meetings/new";
    private static final String PARAMETER = "meetingId";

    private final MeetingService meetingService;
    private final AgencyService agencyService;
    private final UserService userService;
    private final H2 heading = new H2();
    private final Span status = new Span();
    final TabSheet tabs = new TabSheet();
    final Button save = new Button();
    MeetingForm form;
    private Meeting meeting;

    MeetingView(MeetingService meetingService, AgencyService agencyService, UserService userService) {
        this.meetingService = meetingService;
        this.agencyService = agencyService;
        this.userService = userService;
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
            var own = userService.findCurrent().getAgency();
            show(Meeting.blank(own));
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
        tabs.getChildren().toList().forEach(tabs::remove);
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
        add(header, tabs);
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
        try {
            Meeting saved = created ? meetingService.create(meeting) : meetingService.update(meeting);
            Notifications.showSuccess(getTranslation("meeting.saved", saved.getTitle()));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(MeetingView.class, parameters(saved.getId())));
            } else {
                show(meetingService.get(saved.getId()));
            }
        } catch (BusinessRuleException | OptimisticLockingFailureException e) {
            Notifications.showError(e);
        }
    }

    @Override
    public String getPageTitle() {
        return meeting == null || meeting.isNew() ? getTranslation("meetings.new") : meeting.getTitle();
    }
}
