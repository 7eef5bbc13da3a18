package id.sinergi.action;

import java.time.LocalDate;

/**
 * An action item as a list row shows it: number, activity, responsible agency, due date, status and progress. Grids keep
 * these instead of entities (each with its agency, lazy collections and texts the row never shows), so a user's open
 * list holds less.
 */
public record ActionItemSummary(long id, int number, String activity, String responsibleAgency, LocalDate dueDate,
                                ActionItemStatus status, int progress) {

    public static ActionItemSummary of(ActionItem item) {
        return new ActionItemSummary(item.getId(), item.getNumber(), item.getActivity(),
                item.getResponsibleAgency().getAbbreviation(), item.getDueDate(), item.getStatus(), item.getProgress());
    }

    public boolean isOverdueOn(LocalDate today) {
        return status.isOverdue(dueDate, today);
    }
}
