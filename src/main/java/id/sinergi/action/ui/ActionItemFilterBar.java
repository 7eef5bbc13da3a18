package id.sinergi.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyFilter;
import id.sinergi.agency.AgencyService;
import id.sinergi.meeting.Meeting;
import id.sinergi.meeting.MeetingFilter;
import id.sinergi.meeting.MeetingRow;
import id.sinergi.meeting.MeetingService;
import id.sinergi.region.RegionService;
import id.sinergi.region.ui.RegionPicker;
import java.util.List;
import java.util.Objects;

/**
 * The filters above the all-items list. The agency and meeting lists load lazily as the user types (a page at a time
 * from the services), so a session holds no list of hundreds of agencies.
 */
class ActionItemFilterBar extends Composite<FlexLayout> {

    final TextField text = new TextField();
    final ComboBox<Agency> responsible = new ComboBox<>();
    final ComboBox<Agency> supporting = new ComboBox<>();
    final ComboBox<ActionItemStatus> status = new ComboBox<>();
    final Checkbox overdue = new Checkbox();
    final ComboBox<NationalStrategy> strategy = new ComboBox<>();
    final DatePicker dueFrom = new DatePicker();
    final DatePicker dueTo = new DatePicker();
    final ComboBox<Meeting> meeting = new ComboBox<>();
    final RegionPicker region;
    private final AgencyService agencyService;
    private final MeetingService meetingService;

    private final RegionService regionService;

    ActionItemFilterBar(AgencyService agencyService, MeetingService meetingService, RegionService regionService,
                        Runnable onChange) {
        this.agencyService = agencyService;
        this.meetingService = meetingService;
        this.regionService = regionService;
        this.region = new RegionPicker(regionService);
        text.setPlaceholder(getTranslation("actionItems.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(ActionItemFilter.TEXT_MAX_LENGTH);
        text.setId("items-search");
        agencyBox(responsible, "actionItem.responsibleAgency", "items-responsible");
        agencyBox(supporting, "actionItem.supportingAgency", "items-supporting");
        status.setPlaceholder(getTranslation("actionItem.status"));
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setId("items-status");
        overdue.setLabel(getTranslation("actionItems.overdueOnly"));
        overdue.setId("items-overdue");
        strategy.setPlaceholder(getTranslation("actionItem.strategy"));
        strategy.setItems(NationalStrategy.values());
        strategy.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        strategy.setId("items-strategy");
        dueFrom.setPlaceholder(getTranslation("actionItems.dueFrom"));
        dueFrom.setAriaLabel(getTranslation("actionItems.dueFrom"));
        dueFrom.setId("items-due-from");
        dueTo.setPlaceholder(getTranslation("actionItems.dueTo"));
        dueTo.setAriaLabel(getTranslation("actionItems.dueTo"));
        dueTo.setId("items-due-to");
        meeting.setPlaceholder(getTranslation("actionItem.meeting"));
        meeting.setItems(query -> meetingService.list(MeetingFilter.ALL.withText(query.getFilter().orElse("")),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream().map(MeetingRow::meeting));
        meeting.setItemLabelGenerator(Meeting::getTitle);
        meeting.setId("items-meeting");
        region.setPlaceholder(getTranslation("actionItem.region"));
        region.setId("items-region");
        text.setClearButtonVisible(true);
        List.of(responsible, supporting).forEach(field -> field.setClearButtonVisible(true));
        List.of(dueFrom, dueTo).forEach(field -> field.setClearButtonVisible(true));
        status.setClearButtonVisible(true);
        strategy.setClearButtonVisible(true);
        meeting.setClearButtonVisible(true);
        getContent().add(text, responsible, supporting, status, strategy, dueFrom, dueTo, meeting, region, overdue);
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().setAlignItems(FlexLayout.Alignment.BASELINE);
        getContent().getStyle().set("gap", "var(--lumo-space-s)");
        text.addValueChangeListener(e -> onChange.run());
        region.addValueChangeListener(e -> onChange.run());
        responsible.addValueChangeListener(e -> onChange.run());
        supporting.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        overdue.addValueChangeListener(e -> onChange.run());
        strategy.addValueChangeListener(e -> onChange.run());
        dueFrom.addValueChangeListener(e -> onChange.run());
        dueTo.addValueChangeListener(e -> onChange.run());
        meeting.addValueChangeListener(e -> onChange.run());
    }

    private void agencyBox(ComboBox<Agency> box, String placeholderKey, String id) {
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setItems(query -> agencyService.list(new AgencyFilter(query.getFilter().orElse(null), null, null, true),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        box.setItemLabelGenerator(Agency::getAbbreviation);
        box.setId(id);
    }

    ActionItemFilter value() {
        return new ActionItemFilter(id(responsible.getValue()), id(supporting.getValue()), status.getValue(),
                overdue.getValue(), strategy.getValue(), dueFrom.getValue(), dueTo.getValue(),
                meeting.getValue() == null ? null : meeting.getValue().getId(),
                region.getValue() == null ? null : region.getValue().getCode(),
                blankToNull(text.getValue()));
    }

    /** Shows a saved filter (values that no longer exist, such as a removed agency, are left empty). */
    void show(ActionItemFilter filter) {
        responsible.setValue(find(filter.responsibleAgencyId()));
        supporting.setValue(find(filter.supportingAgencyId()));
        status.setValue(filter.status());
        overdue.setValue(filter.overdueOnly());
        strategy.setValue(filter.strategy());
        dueFrom.setValue(filter.dueFrom());
        dueTo.setValue(filter.dueTo());
        meeting.setValue(filter.meetingId() == null ? null : meetingService.findById(filter.meetingId()).orElse(null));
        region.setValue(filter.regionCode() == null ? null : regionService.findByCode(filter.regionCode()).orElse(null));
        text.setValue(Objects.requireNonNullElse(filter.text(), ""));
    }

    private Agency find(Long id) {
        return agencyService.findById(id).orElse(null);
    }

    private static Long id(Agency agency) {
        return agency == null ? null : agency.getId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
