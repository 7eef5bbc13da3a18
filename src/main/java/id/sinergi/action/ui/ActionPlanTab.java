package id.sinergi.action.ui;

import com.vaadin.flow.component.Component;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemService;
import id.sinergi.agency.AgencyService;
import id.sinergi.export.ui.ExportButtons;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.ui.MeetingSection;
import id.sinergi.region.RegionService;

/** The "Rencana Aksi" tab of the meeting page (the meeting feature's extension point). */
@org.springframework.stereotype.Component
class ActionPlanTab implements MeetingSection {

    private final ActionItemService service;
    private final AgencyService agencyService;
    private final RegionService regionService;
    private final ExportButtons exports;

    ActionPlanTab(ActionItemService service, AgencyService agencyService, RegionService regionService,
                  ExportButtons exports) {
        this.service = service;
        this.exports = exports;
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
        ActionPlanSection section = new ActionPlanSection(meeting.getId(), meeting.getStartsAt().toLocalDate(), editable,
                service, agencyService, regionService);
        section.tools.add(exports.actionPlan(() -> ActionItemFilter.ofMeeting(meeting.getId())));
        return section;
    }
}
