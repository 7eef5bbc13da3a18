package id.sinergi.desabinaan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import id.sinergi.base.ui.Notifications;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.DesaBinaanService;
import java.time.LocalDate;

/** Ends an assignment with a date and a reason; it stays in the roster as history. */
class EndAssignmentDialog extends Dialog {

    final DatePicker endDate = new DatePicker();
    final TextArea reason = new TextArea();
    final Button end = new Button();

    EndAssignmentDialog(DesaBinaan assignment, String villageName, DesaBinaanService service, Runnable onEnded) {
        setHeaderTitle(getTranslation("desabinaan.end.title", villageName));
        endDate.setLabel(getTranslation("desabinaan.endDate"));
        endDate.setValue(LocalDate.now());
        reason.setLabel(getTranslation("desabinaan.endReason"));
        reason.setMaxLength(DesaBinaan.END_REASON_MAX_LENGTH);
        add(new FormLayout(endDate, reason));
        end.setText(getTranslation("desabinaan.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        end.setId("assignment-end-confirm");
        end.addClickListener(e -> {
            if (Saving.attempt(this::mark, () -> service.end(assignment.getId(), assignment.getVersion(),
                    endDate.getValue(), reason.getValue()))) {
                Notifications.showSuccess(getTranslation("desabinaan.ended"));
                onEnded.run();
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), end);
    }

    private boolean mark(String property, String message) {
        var field = "endDate".equals(property) ? endDate : "endReason".equals(property) ? reason : null;
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
