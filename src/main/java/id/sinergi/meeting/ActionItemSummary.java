package id.sinergi.meeting;

import java.time.LocalDate;

/**
 * An action item as the meeting feature shows it (minutes, carry-over): its number within its meeting, activity,
 * responsible agency, due date and the message key of its status (translated by the reader's language).
 */
public record ActionItemSummary(long id, String number, String activity, String responsibleAgency, LocalDate dueDate,
                                String statusKey) {
}
