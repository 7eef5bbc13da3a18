package id.sinergi.base;

/**
 * A rule of the domain was broken by the caller's input. Carries a message key (and arguments) so the UI can
 * show it in the user's language; services stay free of UI types.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
