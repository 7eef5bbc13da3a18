package id.sinergi.meeting.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import id.sinergi.agency.Agency;
import id.sinergi.agency.Officer;
import id.sinergi.agency.OfficerService;
import id.sinergi.meeting.Attendance;
import id.sinergi.meeting.Presence;
import java.util.List;

/**
 * A person on the attendance list, picked from the officers list (name, position and agency copied) or typed in:
 * name, position, agency (or a guest's organisation), presence.
 */
class AttendanceForm extends Composite<FormLayout> {

    final ComboBox<Officer> officer = new ComboBox<>();
    final TextField personName = new TextField();
    final TextField personPosition = new TextField();
    final ComboBox<Agency> agency = new ComboBox<>();
    final TextField organization = new TextField();
    final Select<Presence> presence = new Select<>();
    final TextField representedBy = new TextField();
    final Checkbox guest = new Checkbox();
    private final BeanValidationBinder<Attendance> binder = new BeanValidationBinder<>(Attendance.class);

    private final OfficerService officerService;

    AttendanceForm(List<Agency> agencies, OfficerService officerService) {
        this.officerService = officerService;
        officer.setLabel(getTranslation("meeting.attendance.officer"));
        officer.setHelperText(getTranslation("meeting.attendance.officer.help"));
        officer.setItems(query -> officerService.search(query.getFilter().orElse(null),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        officer.setItemLabelGenerator(o -> o.getName() + " — " + (o.getPosition() == null ? "" : o.getPosition() + ", ")
                + o.getAgency().getAbbreviation());
        officer.setClearButtonVisible(true);
        officer.setId("attendance-officer");
        officer.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                copyFrom(e.getValue());
            }
        });
        personName.setLabel(getTranslation("meeting.attendance.name"));
        personName.setId("attendance-name");
        personPosition.setLabel(getTranslation("meeting.attendance.position"));
        personPosition.setId("attendance-position");
        agency.setLabel(getTranslation("meeting.attendance.agency"));
        agency.setItems(agencies);
        agency.setItemLabelGenerator(a -> a.getAbbreviation() + " — " + a.getName());
        agency.setClearButtonVisible(true);
        agency.setId("attendance-agency");
        organization.setLabel(getTranslation("meeting.attendance.organization"));
        organization.setHelperText(getTranslation("meeting.attendance.organization.help"));
        organization.setId("attendance-organization");
        presence.setLabel(getTranslation("meeting.attendance.presence"));
        presence.setItems(Presence.values());
        presence.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        presence.setId("attendance-presence");
        representedBy.setLabel(getTranslation("meeting.attendance.representedBy"));
        representedBy.setId("attendance-represented-by");
        guest.setLabel(getTranslation("meeting.attendance.guest"));
        guest.setId("attendance-guest");

        binder.forField(personName).asRequired(getTranslation("validation.required")).bind("personName");
        binder.forField(personPosition).bind("personPosition");
        binder.forField(agency).bind("agency");
        binder.forField(organization).bind("organization");
        binder.forField(presence).asRequired(getTranslation("validation.required")).bind("presence");
        binder.forField(representedBy)
                .withValidator((value, context) -> presence.getValue() == Presence.REPRESENTED
                        && (value == null || value.isBlank())
                        ? ValidationResult.error(getTranslation("meeting.attendance.error.representedBy"))
                        : ValidationResult.ok())
                .bind("representedBy");
        binder.forField(guest).bind("guest");
        presence.addValueChangeListener(e -> representedBy.setVisible(e.getValue() == Presence.REPRESENTED));
        getContent().add(officer, personName, personPosition, agency, organization, presence, representedBy, guest);
        getContent().setColspan(officer, 2);
    }

    /** Name, position and agency as the officers list has them today; they stay as copied on this meeting. */
    private void copyFrom(Officer picked) {
        personName.setValue(picked.getName());
        personPosition.setValue(picked.getPosition() == null ? "" : picked.getPosition());
        agency.setValue(picked.getAgency());
        organization.clear();
        guest.setValue(false);
    }

    void edit(Attendance attendance) {
        binder.readBean(attendance);
        officer.setValue(officerService.findById(attendance.getOfficerId()).orElse(null));
        representedBy.setVisible(attendance.getPresence() == Presence.REPRESENTED);
    }

    boolean writeTo(Attendance attendance) {
        if (!binder.writeBeanIfValid(attendance)) {
            return false;
        }
        attendance.setOfficerId(officer.getValue() == null ? null : officer.getValue().getId());
        return true;
    }
}
