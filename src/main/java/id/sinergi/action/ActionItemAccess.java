package id.sinergi.action;

/**
 * What the caller may do with one item, for the UI to offer only those controls. The services check the same rules
 * themselves, so a control shown by mistake (or a crafted call) is still refused.
 */
public record ActionItemAccess(boolean editPlan, boolean report, boolean comment, boolean decide) {

    public static final ActionItemAccess READ_ONLY = new ActionItemAccess(false, false, false, false);
}
