package id.sinergi.agency.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** A form that can show a service's refusal next to the field it belongs to. */
interface FieldErrors {

    /** Marks the field bound to {@code property} invalid with the message; false when the form has no such field. */
    boolean showError(String property, String message);

    /** Marks the field of {@code property} in a form's property → field map. */
    static boolean mark(Map<String, ? extends HasValidation> fields, String property, String message) {
        HasValidation field = fields.get(property);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
