package id.sinergi.action.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemAccess;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatusService;
import id.sinergi.action.EvidenceStore;
import id.sinergi.action.ProgressService;
import id.sinergi.agency.AgencyService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.ui.Notifications;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingService;
import id.sinergi.region.RegionService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/**
 * One action item: its facts, the coordinator's actions, the progress form for the responsible agency, progress updates
 * with evidence and extension decisions, comments and the full history. Everyone logged in may read it; what else is
 * offered follows {@link ActionItemAccess}, which the services enforce again.
 */
@Route("action-items/:itemId([0-9]+)")
@PermitAll
public class ActionItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "itemId";

    private final ActionItemService items;
    private final ActionItemStatusService statuses;
    private final ProgressService progress;
    private final EvidenceStore evidence;
    private final MeetingService meetings;
    private final AgencyService agencies;
    private final RegionService regions;
    private String title = "";

    ActionItemView(ActionItemService items, ActionItemStatusService statuses, ProgressService progress,
                   EvidenceStore evidence, MeetingService meetings, AgencyService agencies, RegionService regions) {
        this.items = items;
        this.statuses = statuses;
        this.progress = progress;
        this.evidence = evidence;
        this.meetings = meetings;
        this.agencies = agencies;
        this.regions = regions;
        addClassName("sinergi-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(PARAMETER).orElseThrow());
        try {
            show(id);
        } catch (BusinessRuleException e) {
            Notifications.showError(e);
            event.forwardTo(ActionItemsView.class);
        }
    }

    private void show(long id) {
        ActionItem item = items.get(id);
        ActionItemAccess access = items.access(item);
        removeAll();
        title = getTranslation("actionItems.itemTitle", item.getNumber(), item.getActivity());
        H2 heading = new H2(title);
        heading.setId("item-heading");
        HorizontalLayout header = new HorizontalLayout(heading, ActionItemFormat.statusBadge(item.getStatus()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, new ActionItemDetails(item, meetings::findById, regions::pathOf));
        if (access.editPlan()) {
            boolean planEditable = meetings.findById(item.getCurrentMeetingId()).map(m -> !m.isFinal()).orElse(false);
            add(new CoordinatorActions(item, planEditable, statuses, () -> openEditor(item), () -> show(id)));
        }
        if (access.report() && item.getStatus().isOpen()) {
            add(new ProgressPanel(item, progress, evidence, () -> show(id)));
        } else if (!access.report() && item.getStatus().isOpen()) {
            Paragraph readOnly = new Paragraph(getTranslation("itemProgress.onlyResponsible",
                    item.getResponsibleAgency().getAbbreviation()));
            readOnly.setId("progress-read-only");
            add(readOnly);
        }
        add(new ProgressUpdateList(id, access.decide(), progress, evidence, () -> show(id)),
                new CommentsPanel(id, access.comment(), progress, () -> show(id)),
                new HistoryPanel(items.history(id)));
    }

    private void openEditor(ActionItem item) {
        LocalDate meetingDay = meetings.findById(item.getOriginMeetingId())
                .map(Meeting::getStartsAt).map(java.time.LocalDateTime::toLocalDate).orElse(null);
        ActionItem fresh = items.get(item.getId());
        new ActionItemDialog(fresh, item.getOriginMeetingId(), meetingDay, ActionItemColumns.agenciesFor(agencies, fresh),
                regions, items, saved -> show(item.getId())).open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
