package id.sinergi.agency.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencyCategory;
import id.sinergi.base.ui.DatePickers;
import id.sinergi.region.RegionService;
import id.sinergi.region.ui.RegionPicker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fields of an agency; the service's refusals (taken abbreviation, parent cycle...) appear next to their field. */
class AgencyForm extends Composite<FormLayout> implements FieldErrors {

    final TextField name = new TextField();
    final TextField abbreviation = new TextField();
    final ComboBox<AgencyCategory> category = new ComboBox<>();
    final ComboBox<Agency> parent = new ComboBox<>();
    final RegionPicker region;
    final DatePicker validFrom = DatePickers.localized(new DatePicker());
    final DatePicker validTo = DatePickers.localized(new DatePicker());
    private final BeanValidationBinder<Agency> binder = new BeanValidationBinder<>(Agency.class);
    private final Map<String, HasValidation> fields;

    AgencyForm(List<Agency> parents, RegionService regionService, Agency agency) {
        region = new RegionPicker(regionService, getTranslation("agency.region"));
        name.setLabel(getTranslation("agency.name"));
        name.setMaxLength(Agency.NAME_MAX_LENGTH);
        name.setId("agency-name");
        abbreviation.setLabel(getTranslation("agency.abbreviation"));
        abbreviation.setMaxLength(Agency.ABBREVIATION_MAX_LENGTH);
        abbreviation.setId("agency-abbreviation");
        category.setLabel(getTranslation("agency.category"));
        category.setItems(AgencyCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setId("agency-category");
        parent.setLabel(getTranslation("agency.parent"));
        parent.setItems(parentChoices(parents, agency));
        parent.setItemLabelGenerator(AgencyTexts::label);
        parent.setClearButtonVisible(true);
        parent.setId("agency-parent");
        region.setId("agency-region");
        validFrom.setLabel(getTranslation("agency.validFrom"));
        validFrom.setId("agency-valid-from");
        validTo.setLabel(getTranslation("agency.validTo"));
        validTo.setId("agency-valid-to");

        binder.forField(name).asRequired(getTranslation("validation.required")).bind("name");
        binder.forField(abbreviation).asRequired(getTranslation("validation.required")).bind("abbreviation");
        binder.forField(category).asRequired(getTranslation("validation.required")).bind("category");
        binder.forField(parent).bind("parent");
        binder.forField(region).bind(a -> regionService.findByCode(a.getRegionCode()).orElse(null),
                (a, r) -> a.setRegionCode(r == null ? null : r.getCode()));
        binder.forField(validFrom).bind("validFrom");
        binder.forField(validTo)
                .withValidator((to, context) -> to != null && validFrom.getValue() != null && to.isBefore(validFrom.getValue())
                        ? ValidationResult.error(getTranslation("agency.error.validToBeforeFrom")) : ValidationResult.ok())
                .bind("validTo");
        validFrom.addValueChangeListener(e -> binder.validate());
        fields = Map.of("name", name, "abbreviation", abbreviation, "category", category, "parent", parent,
                "regionCode", region, "validFrom", validFrom, "validTo", validTo);
        getContent().add(name, abbreviation, category, parent, region, validFrom, validTo);
        getContent().setColspan(name, 2);
        binder.readBean(agency);
    }

    /** The active agencies (and the current parent, even if ended), without the agency itself. */
    private static List<Agency> parentChoices(List<Agency> parents, Agency agency) {
        List<Agency> choices = new ArrayList<>(parents);
        choices.remove(agency);
        if (agency.getParent() != null && !choices.contains(agency.getParent())) {
            choices.add(agency.getParent());
        }
        return choices;
    }

    /** Writes valid input into the agency; false (and errors next to the fields) when something is wrong. */
    boolean writeTo(Agency agency) {
        return binder.writeBeanIfValid(agency);
    }

    @Override
    public boolean showError(String property, String message) {
        return FieldErrors.mark(fields, property, message);
    }
}
