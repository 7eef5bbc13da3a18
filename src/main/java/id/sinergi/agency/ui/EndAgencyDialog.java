package id.sinergi.agency.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import id.sinergi.agency.Agency;
import id.sinergi.agency.AgencySuccessionService;
import id.sinergi.base.ui.DatePickers;
import id.sinergi.base.ui.Notifications;
import java.time.LocalDate;
import java.util.Map;

/** Ends an agency on its last day; optionally creates the successor that continues it (rename or split). */
class EndAgencyDialog extends Dialog implements FieldErrors {

    private final Agency agency;
    private final AgencySuccessionService successionService;
    private final Runnable onEnded;
    final DatePicker lastDay = DatePickers.localized(new DatePicker());
    final Checkbox withSuccessor = new Checkbox();
    final TextField successorName = new TextField();
    final TextField successorAbbreviation = new TextField();
    final Checkbox moveSubAgencies = new Checkbox();
    final Button confirm = new Button();
    private final Map<String, HasValidation> fields;

    EndAgencyDialog(Agency agency, AgencySuccessionService successionService, Runnable onEnded) {
        this.agency = agency;
        this.successionService = successionService;
        this.onEnded = onEnded;
        setHeaderTitle(getTranslation("agencies.end.title", agency.getAbbreviation()));
        lastDay.setLabel(getTranslation("agencies.end.lastDay"));
        lastDay.setValue(LocalDate.now());
        lastDay.setRequiredIndicatorVisible(true);
        lastDay.setId("end-last-day");
        withSuccessor.setLabel(getTranslation("agencies.end.withSuccessor"));
        withSuccessor.setId("end-with-successor");
        successorName.setLabel(getTranslation("agencies.end.successorName"));
        successorName.setMaxLength(Agency.NAME_MAX_LENGTH);
        successorName.setId("end-successor-name");
        successorAbbreviation.setLabel(getTranslation("agencies.end.successorAbbreviation"));
        successorAbbreviation.setMaxLength(Agency.ABBREVIATION_MAX_LENGTH);
        successorAbbreviation.setId("end-successor-abbreviation");
        moveSubAgencies.setLabel(getTranslation("agencies.end.moveSubAgencies"));
        moveSubAgencies.setValue(true);
        moveSubAgencies.setId("end-move-sub-agencies");
        withSuccessor.addValueChangeListener(e -> showSuccessorFields(e.getValue()));
        showSuccessorFields(false);
        fields = Map.of("lastDay", lastDay, "name", successorName, "abbreviation", successorAbbreviation);

        FormLayout form = new FormLayout(lastDay, withSuccessor, successorName, successorAbbreviation, moveSubAgencies);
        form.setColspan(withSuccessor, 2);
        form.setColspan(successorName, 2);
        form.setColspan(moveSubAgencies, 2);
        add(new Paragraph(getTranslation("agencies.end.help")), form);
        confirm.setText(getTranslation("agencies.end"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> end());
        confirm.setId("end-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        setWidth("min(40em, 100vw)");
    }

    private void showSuccessorFields(boolean visible) {
        successorName.setVisible(visible);
        successorAbbreviation.setVisible(visible);
        moveSubAgencies.setVisible(visible);
    }

    private void end() {
        if (lastDay.getValue() == null) {
            showError("lastDay", getTranslation("validation.required"));
            return;
        }
        if (withSuccessor.getValue() && (successorName.isEmpty() || successorAbbreviation.isEmpty())) {
            showError(successorName.isEmpty() ? "name" : "abbreviation", getTranslation("validation.required"));
            return;
        }
        if (withSuccessor.getValue()) {
            var successor = new AgencySuccessionService.Successor(successorName.getValue(),
                    successorAbbreviation.getValue(), moveSubAgencies.getValue());
            if (Saving.attempt(this, () -> successionService.endWithSuccessor(agency.getId(), agency.getVersion(),
                    lastDay.getValue(), successor))) {
                done(getTranslation("agencies.succeeded", agency.getAbbreviation(), successor.abbreviation().trim()));
            }
        } else if (Saving.attempt(this, () -> successionService.end(agency.getId(), agency.getVersion(),
                lastDay.getValue()))) {
            done(getTranslation("agencies.ended", agency.getAbbreviation()));
        }
    }

    private void done(String message) {
        Notifications.showSuccess(message);
        onEnded.run();
        close();
    }

    @Override
    public boolean showError(String property, String message) {
        return FieldErrors.mark(fields, property, message);
    }
}
