package id.sinergi.base;

/**
 * A broken rule that belongs to one input field (e.g. a taken abbreviation), so the UI can show the message next to
 * that field. {@code field} is the property name the form binds.
 */
public class FieldRuleException extends BusinessRuleException {

    private final String field;

    public FieldRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
