package id.sinergi.dashboard;

import id.sinergi.action.ActionItemService;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.UserPrincipal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leadership dashboard: read-only figures for leadership, coordinators and administrators (DESIGN.md), and a
 * liaison's own agency's figures. Every figure is an aggregate query ({@link DashboardQueries}); nothing is changed.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    static final String READERS = "hasAnyRole('ADMIN', 'COORDINATOR', 'LEADERSHIP')";
    /** Upcoming meetings and due-soon items: from today to 14 days ahead. */
    public static final int SOON_DAYS = 14;
    public static final int TREND_MONTHS = 12;

    private final DashboardQueries queries;
    private final CurrentUser currentUser;

    DashboardService(DashboardQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** The day the dashboard counts overdue against (western Indonesia, as the action items do). */
    public static LocalDate today() {
        return ActionItemService.today();
    }

    @PreAuthorize(READERS)
    public Dashboard dashboard(DashboardFilter filter) {
        return compute(queries, filter, today());
    }

    /** The Kanwil/province choices of the filter. */
    @PreAuthorize(READERS)
    public List<KanwilArea> kanwilAreas() {
        return queries.kanwilAreas();
    }

    /** All action items of the caller's agency by status (any due date); empty for a user without an agency. */
    @PreAuthorize("isAuthenticated()")
    public Optional<AgencyProgress> ourAgency() {
        Long agencyId = currentUser.get().map(UserPrincipal::agencyId).orElse(null);
        if (agencyId == null) {
            return Optional.empty();
        }
        return Optional.of(queries.agency(agencyId, today()));
    }

    /** The whole dashboard computed on the given day: also what the benchmark measures. */
    static Dashboard compute(DashboardQueries queries, DashboardFilter filter, LocalDate today) {
        requireProvinceCode(filter.provinceCode());
        Quarter quarter = Quarter.of(today);
        List<AgencyProgress> agencies = queries.perAgency(filter, today).stream().sorted(AgencyProgress.WORST_FIRST)
                .toList();
        StatusCounts items = agencies.stream().map(AgencyProgress::counts).reduce(StatusCounts.NONE, StatusCounts::plus);
        long[] villages = queries.villages(filter, quarter);
        Headline headline = new Headline(items, queries.meetingsHeld(filter), villages[0], villages[1], villages[2]);
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate soon = today.plusDays(SOON_DAYS);
        return new Dashboard(filter, today, quarter, headline, agencies,
                queries.trend(filter, thisMonth.minusMonths(TREND_MONTHS - 1), thisMonth),
                queries.mostOverdue(filter, today), queries.upcomingMeetings(filter, today, soon),
                queries.dueSoon(filter, today, soon), queries.villagesPerOffice(filter, quarter));
    }

    private static void requireProvinceCode(String code) {
        if (code != null && !code.matches("\\d{2}")) {
            throw new IllegalArgumentException("Not a province code: " + code);
        }
    }
}
