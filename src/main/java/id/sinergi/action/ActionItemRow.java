package id.sinergi.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One action item as reports read it: plain values, no entity (so millions can stream through without filling the
 * persistence context). {@code latest} is the newest progress update when asked for, else null.
 */
public record ActionItemRow(long id, long originMeetingId, Long carriedToMeetingId, int number, String activity,
                            String outputIndicator, BigDecimal targetAmount, String targetUnit, LocalDate dueDate,
                            long responsibleAgencyId, String responsibleAgency, String responsibleAgencyName,
                            List<String> supportingAgencies, String budgetSource, BigDecimal budgetAmount,
                            NationalStrategy strategy, ActionItemStatus status, int progress, String notes,
                            LatestProgress latest) {

    /** Open and past its due date on the given day. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOverdue(dueDate, today);
    }

    ActionItemRow with(List<String> supporting, LatestProgress newest) {
        return new ActionItemRow(id, originMeetingId, carriedToMeetingId, number, activity, outputIndicator, targetAmount,
                targetUnit, dueDate, responsibleAgencyId, responsibleAgency, responsibleAgencyName, supporting,
                budgetSource, budgetAmount, strategy, status, progress, notes, newest);
    }

    /** The newest progress update of an item: when, by whom, and what it said. */
    public record LatestProgress(java.time.Instant at, String authorName, ActionItemStatus status, int progress,
                                 String narrative) {
    }
}
