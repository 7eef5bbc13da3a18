package id.sinergi.dashboard;

import id.sinergi.desabinaan.Quarter;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the dashboard shows for one filter, as of {@code today}: headline figures, agencies worst first, the
 * 12-month trend, the most overdue items, what is due and planned in the next days, and Desa Binaan per office.
 */
public record Dashboard(DashboardFilter filter, LocalDate today, Quarter quarter, Headline headline,
                        List<AgencyProgress> agencies, List<MonthTrend> trend, List<ItemDue> mostOverdue,
                        List<UpcomingMeeting> upcomingMeetings, List<ItemDue> dueSoon, List<OfficeVillages> villages) {
}
