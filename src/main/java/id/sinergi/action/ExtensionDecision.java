package id.sinergi.action;

/** The state of an extension request (usulan perpanjangan) in a progress update. */
public enum ExtensionDecision {
    PENDING, APPROVED, REJECTED;

    public String messageKey() {
        return "actionItem.extension." + name();
    }
}
