package id.sinergi.action;

import java.util.List;

/** Where an action item stands. Open items (not started, in progress) can be overdue; closed ones cannot. */
public enum ActionItemStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public static final List<ActionItemStatus> OPEN = List.of(NOT_STARTED, IN_PROGRESS);

    /** What a progress update may set; cancelling is a coordinator's decision with a reason. */
    public static final List<ActionItemStatus> REPORTABLE = List.of(NOT_STARTED, IN_PROGRESS, DONE);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String messageKey() {
        return "actionItem.status." + name();
    }
}
