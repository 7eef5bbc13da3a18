package id.sinergi.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import id.sinergi.action.ActionItem;
import id.sinergi.action.NationalStrategy;
import id.sinergi.agency.Agency;
import id.sinergi.region.RegionService;
import id.sinergi.region.ui.RegionPicker;
import java.time.LocalDate;
import java.util.List;

/** The coordinator fields of an action item, validated with Bean Validation and the plan rules the form can see. */
class ActionItemForm extends Composite<FormLayout> {

    final TextArea activity = new TextArea();
    final TextArea outputIndicator = new TextArea();
    final BigDecimalField targetAmount = new BigDecimalField();
    final TextField targetUnit = new TextField();
    final DatePicker dueDate = new DatePicker();
    final ComboBox<Agency> responsibleAgency = new ComboBox<>();
    final MultiSelectComboBox<Agency> supportingAgencies = new MultiSelectComboBox<>();
    final TextField budgetSource = new TextField();
    final BigDecimalField budgetAmount = new BigDecimalField();
    final ComboBox<NationalStrategy> strategy = new ComboBox<>();
    final RegionPicker region;
    final TextArea notes = new TextArea();
    private final BeanValidationBinder<ActionItem> binder = new BeanValidationBinder<>(ActionItem.class);
    private final List<Agency> agencies;

    private final RegionService regionService;

    ActionItemForm(List<Agency> agencies, LocalDate meetingDay, RegionService regionService) {
        this.agencies = agencies;
        this.regionService = regionService;
        this.region = new RegionPicker(regionService, getTranslation("actionItem.region"));
        activity.setLabel(getTranslation("actionItem.activity"));
        activity.setMaxLength(ActionItem.ACTIVITY_MAX_LENGTH);
        activity.setId("item-activity");
        outputIndicator.setLabel(getTranslation("actionItem.outputIndicator"));
        outputIndicator.setMaxLength(ActionItem.OUTPUT_MAX_LENGTH);
        outputIndicator.setId("item-output");
        targetAmount.setLabel(getTranslation("actionItem.targetAmount"));
        targetAmount.setId("item-target-amount");
        targetUnit.setLabel(getTranslation("actionItem.targetUnit"));
        targetUnit.setMaxLength(ActionItem.TARGET_UNIT_MAX_LENGTH);
        targetUnit.setPlaceholder(getTranslation("actionItem.targetUnit.placeholder"));
        targetUnit.setId("item-target-unit");
        dueDate.setLabel(getTranslation("actionItem.dueDate"));
        dueDate.setMin(meetingDay);
        dueDate.setI18n(new DatePicker.DatePickerI18n()
                .setMinErrorMessage(getTranslation("actionItem.error.dueBeforeMeeting")));
        dueDate.setId("item-due-date");
        responsibleAgency.setLabel(getTranslation("actionItem.responsibleAgency"));
        responsibleAgency.setItems(agencies);
        responsibleAgency.setItemLabelGenerator(ActionItemForm::agencyLabel);
        responsibleAgency.setId("item-responsible");
        supportingAgencies.setLabel(getTranslation("actionItem.supportingAgencies"));
        supportingAgencies.setItems(agencies);
        supportingAgencies.setItemLabelGenerator(Agency::getAbbreviation);
        supportingAgencies.setId("item-supporting");
        budgetSource.setLabel(getTranslation("actionItem.budgetSource"));
        budgetSource.setMaxLength(ActionItem.BUDGET_SOURCE_MAX_LENGTH);
        budgetSource.setPlaceholder(getTranslation("actionItem.budgetSource.placeholder"));
        budgetSource.setId("item-budget-source");
        budgetAmount.setLabel(getTranslation("actionItem.budgetAmount"));
        budgetAmount.setId("item-budget-amount");
        strategy.setLabel(getTranslation("actionItem.strategy"));
        strategy.setItems(NationalStrategy.values());
        strategy.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        strategy.setId("item-strategy");
        region.setHelperText(getTranslation("actionItem.region.help"));
        region.setId("item-region");
        notes.setLabel(getTranslation("actionItem.notes"));
        notes.setMaxLength(ActionItem.NOTES_MAX_LENGTH);
        notes.setId("item-notes");

        binder.forField(activity).asRequired(getTranslation("validation.required")).bind("activity");
        binder.forField(outputIndicator).bind("outputIndicator");
        binder.forField(targetAmount).bind("targetAmount");
        binder.forField(targetUnit).bind("targetUnit");
        binder.forField(dueDate).asRequired(getTranslation("validation.required"))
                .withValidator(d -> d == null || meetingDay == null || !d.isBefore(meetingDay),
                        getTranslation("actionItem.error.dueBeforeMeeting"))
                .bind("dueDate");
        binder.forField(responsibleAgency).asRequired(getTranslation("validation.required")).bind("responsibleAgency");
        binder.forField(supportingAgencies)
                .withValidator((value, context) -> value.contains(responsibleAgency.getValue())
                        ? ValidationResult.error(getTranslation("actionItem.error.responsibleAlsoSupporting"))
                        : ValidationResult.ok())
                .bind("supportingAgencies");
        binder.forField(budgetSource).bind("budgetSource");
        binder.forField(budgetAmount).bind("budgetAmount");
        binder.forField(strategy).asRequired(getTranslation("validation.required")).bind("strategy");
        binder.forField(region)
                .withConverter(r -> r == null ? null : r.getCode(),
                        code -> code == null ? null : regionService.findByCode(code).orElse(null))
                .bind("regionCode");
        binder.forField(notes).bind("notes");
        responsibleAgency.addValueChangeListener(e -> binder.validate());

        FormLayout layout = getContent();
        layout.add(activity, 2);
        layout.add(outputIndicator, 2);
        layout.add(targetAmount, targetUnit, dueDate, strategy, responsibleAgency, supportingAgencies, budgetSource,
                budgetAmount, region);
        layout.add(notes, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
    }

    static String agencyLabel(Agency agency) {
        return agency.getAbbreviation() + " — " + agency.getName();
    }

    List<Agency> agencies() {
        return agencies;
    }

    RegionService regionService() {
        return regionService;
    }

    void edit(ActionItem item) {
        binder.readBean(item);
    }

    /** Writes valid input into the item; false (and errors next to the fields) when something is wrong. */
    boolean writeTo(ActionItem item) {
        return binder.writeBeanIfValid(item);
    }
}
