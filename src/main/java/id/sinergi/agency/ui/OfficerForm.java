package id.sinergi.agency.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.sinergi.agency.Agency;
import id.sinergi.agency.Nip;
import id.sinergi.agency.Officer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fields of an officer; the NIP is checked digit group by digit group with a message that says which is wrong. */
class OfficerForm extends Composite<FormLayout> implements FieldErrors {

    final TextField name = new TextField();
    final TextField nip = new TextField();
    final TextField position = new TextField();
    final ComboBox<Agency> agency = new ComboBox<>();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final Checkbox active = new Checkbox();
    private final BeanValidationBinder<Officer> binder = new BeanValidationBinder<>(Officer.class);
    private final Map<String, HasValidation> fields;

    OfficerForm(List<Agency> agencies, Officer officer) {
        name.setLabel(getTranslation("officer.name"));
        name.setMaxLength(Officer.NAME_MAX_LENGTH);
        name.setId("officer-name");
        nip.setLabel(getTranslation("officer.nip"));
        nip.setHelperText(getTranslation("officer.nip.help"));
        nip.setId("officer-nip");
        position.setLabel(getTranslation("officer.position"));
        position.setMaxLength(Officer.POSITION_MAX_LENGTH);
        position.setId("officer-position");
        agency.setLabel(getTranslation("officer.agency"));
        agency.setItems(withCurrent(agencies, officer.getAgency()));
        agency.setItemLabelGenerator(AgencyTexts::label);
        agency.setId("officer-agency");
        phone.setLabel(getTranslation("officer.phone"));
        phone.setMaxLength(Officer.PHONE_MAX_LENGTH);
        phone.setId("officer-phone");
        email.setLabel(getTranslation("officer.email"));
        email.setMaxLength(Officer.EMAIL_MAX_LENGTH);
        email.setId("officer-email");
        active.setLabel(getTranslation("officer.active"));
        active.setId("officer-active");

        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(nip)
                .withValidator((value, context) -> Nip.normalize(value) == null ? ValidationResult.ok()
                        : Nip.problem(Nip.normalize(value)).map(key -> ValidationResult.error(getTranslation(key)))
                        .orElse(ValidationResult.ok()))
                .bind("nip");
        binder.forField(position).bind("position");
        binder.forField(agency).asRequired(getTranslation("validation.required")).bind("agency");
        binder.forField(phone)
                .withValidator(value -> value.isBlank() || value.trim().matches(Officer.PHONE_PATTERN),
                        getTranslation("officer.error.phone"))
                .bind("phone");
        binder.forField(email)
                .withValidator(value -> value.isBlank() || value.trim().matches(Officer.EMAIL_PATTERN),
                        getTranslation("officer.error.email"))
                .bind("email");
        binder.forField(active).bind("active");
        fields = Map.of("name", name, "nip", nip, "position", position, "agency", agency, "phone", phone, "email", email);
        getContent().add(name, nip, position, agency, phone, email, active);
        getContent().setColspan(position, 2);
        getContent().setColspan(agency, 2);
        binder.readBean(officer);
    }

    private static List<Agency> withCurrent(List<Agency> agencies, Agency current) {
        if (current == null || agencies.contains(current)) {
            return agencies;
        }
        List<Agency> list = new ArrayList<>(agencies);
        list.add(current);
        return list;
    }

    /** Writes valid input into the officer; false (and errors next to the fields) when something is wrong. */
    boolean writeTo(Officer officer) {
        return binder.writeBeanIfValid(officer);
    }

    @Override
    public boolean showError(String property, String message) {
        return FieldErrors.mark(fields, property, message);
    }
}
