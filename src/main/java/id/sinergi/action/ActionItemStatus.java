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

    /** An item in this status with this due date is overdue on {@code today}: open and past its due date. */
    public boolean isOverdue(java.time.LocalDate dueDate, java.time.LocalDate today) {
        return isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public String messageKey() {
        return "actionItem.status." + name();
    }
}
