package id.sinergi.action.ui;

import com.vaadin.flow.component.Component;
import id.sinergi.action.ActionItemService;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.ui.MeetingSection;
import id.sinergi.region.RegionService;

/** The "Rencana Aksi" tab of the meeting page (the meeting feature's extension point). */
@org.springframework.stereotype.Component
class ActionPlanTab implements MeetingSection {

    private final ActionItemService service;
    private final AgencyService agencyService;
    private final RegionService regionService;

    ActionPlanTab(ActionItemService service, AgencyService agencyService, RegionService regionService) {
        this.service = service;
        this.agencyService = agencyService;
        this.regionService = regionService;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "actionItems.tab";
    }

    @Override
    public Component create(Meeting meeting, boolean editable) {
        return new ActionPlanSection(meeting.getId(), meeting.getStartsAt().toLocalDate(), editable, service,
                agencyService, regionService);
    }
}
