package id.sinergi.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An open action item in a list of the dashboard (most overdue, due soon): enough to show it and open its page. */
public record ItemDue(long id, String activity, String agencyAbbreviation, LocalDate dueDate) {

    /** Days past the due date on the given day (0 when not late). */
    public long daysLate(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }
}
