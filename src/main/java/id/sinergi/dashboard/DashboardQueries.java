package id.sinergi.dashboard;

import id.sinergi.desabinaan.Quarter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL: every figure is a COUNT/SUM with GROUP BY in the database, lists are limited in the query, and
 * no entity is loaded. Plain SQL that runs on H2 and PostgreSQL. A carried-over item is one row (origin meeting and the
 * meeting it was carried to), so it is counted once. The province condition compares region codes by prefix.
 */
@Component
class DashboardQueries {

    static final int LIST_SIZE = 10;
    private static final String OPEN = "('NOT_STARTED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each item in one status group (see {@link StatusCounts}); columns 4 to 8 of the agency queries. */
    private static final String STATUS_SUMS = """
              sum(case when ai.status = 'DONE' then 1 else 0 end),
              sum(case when ai.status = 'IN_PROGRESS' and ai.due_date >= :today then 1 else 0 end),
              sum(case when ai.status = 'NOT_STARTED' and ai.due_date >= :today then 1 else 0 end),
              sum(case when ai.status in ('NOT_STARTED', 'IN_PROGRESS') and ai.due_date < :today then 1 else 0 end),
              sum(case when ai.status = 'CANCELLED' then 1 else 0 end)
            """;

    /** Items due in the period per responsible agency. */
    List<AgencyProgress> perAgency(DashboardFilter filter, LocalDate today) {
        String sql = """
                select ag.id, ag.abbreviation, ag.name, %s
                from action_item ai join agency ag on ag.id = ai.responsible_agency_id
                where ai.due_date between :from and :to %s
                group by ag.id, ag.abbreviation, ag.name
                """.formatted(STATUS_SUMS, itemProvince(filter));
        return withProvince(jdbc.sql(sql), filter).param("today", today).param("from", filter.from())
                .param("to", filter.to()).query(DashboardQueries::agencyProgress).list();
    }

    /** All items of one responsible agency, whatever their due date. */
    AgencyProgress agency(long agencyId, LocalDate today) {
        String sql = """
                select ag.id, ag.abbreviation, ag.name, %s
                from agency ag left join action_item ai on ai.responsible_agency_id = ag.id
                where ag.id = :agency
                group by ag.id, ag.abbreviation, ag.name
                """.formatted(STATUS_SUMS);
        return jdbc.sql(sql).param("today", today).param("agency", agencyId).query(DashboardQueries::agencyProgress)
                .single();
    }

    private static AgencyProgress agencyProgress(ResultSet rs, int row) throws SQLException {
        return new AgencyProgress(rs.getLong(1), rs.getString(2), rs.getString(3),
                new StatusCounts(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    long meetingsHeld(DashboardFilter filter) {
        String sql = """
                select count(*) from meeting m join agency org on org.id = m.organizer_id
                where m.status in ('HELD', 'FINAL') and m.starts_at >= :from and m.starts_at < :until %s
                """.formatted(province(filter, "org.region_code"));
        return withProvince(jdbc.sql(sql), filter).param("from", filter.from().atStartOfDay())
                .param("until", filter.to().plusDays(1).atStartOfDay()).query(Long.class).single();
    }

    /** Active Desa Binaan, and activities with participants in the quarter, in one pass. */
    long[] villages(DashboardFilter filter, Quarter quarter) {
        String sql = """
                select count(distinct db.id), count(va.id),
                  coalesce(sum(va.participants_male + va.participants_female), 0)
                from desa_binaan db
                left join village_activity va on va.desa_binaan_id = db.id
                  and va.activity_date between :start and :end
                where db.status = 'ACTIVE' %s
                """.formatted(province(filter, "db.village_code"));
        return withProvince(jdbc.sql(sql), filter).param("start", quarter.start()).param("end", quarter.end())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** Items due and items done per month, from the first day of {@code first} to the end of {@code last}. */
    List<MonthTrend> trend(DashboardFilter filter, YearMonth first, YearMonth last) {
        Map<YearMonth, long[]> months = new HashMap<>();
        String due = """
                select extract(year from ai.due_date), extract(month from ai.due_date), count(*)
                from %s
                where ai.status <> 'CANCELLED' and ai.due_date between :start and :end %s
                group by extract(year from ai.due_date), extract(month from ai.due_date)
                """.formatted(items(filter), itemProvince(filter));
        String done = """
                select extract(year from ai.done_on), extract(month from ai.done_on), count(*)
                from %s
                where ai.status = 'DONE' and ai.done_on between :start and :end %s
                group by extract(year from ai.done_on), extract(month from ai.done_on)
                """.formatted(items(filter), itemProvince(filter));
        for (int column = 0; column < 2; column++) {
            int index = column;
            withProvince(jdbc.sql(column == 0 ? due : done), filter).param("start", first.atDay(1))
                    .param("end", last.atEndOfMonth())
                    .query((ResultSet rs) -> {
                        YearMonth month = YearMonth.of(rs.getInt(1), rs.getInt(2));
                        months.computeIfAbsent(month, m -> new long[2])[index] = rs.getLong(3);
                    });
        }
        List<MonthTrend> trend = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            long[] counts = months.getOrDefault(month, new long[2]);
            trend.add(new MonthTrend(month, counts[0], counts[1]));
        }
        return trend;
    }

    /** Open items due in the period and before today, longest overdue first. */
    List<ItemDue> mostOverdue(DashboardFilter filter, LocalDate today) {
        return items(filter, "ai.due_date between :from and :to and ai.due_date < :today", today, filter.from(),
                filter.to());
    }

    /** Open items due from today to {@code until}, soonest first (any period: this is about the coming days). */
    List<ItemDue> dueSoon(DashboardFilter filter, LocalDate today, LocalDate until) {
        return items(filter, "ai.due_date between :from and :to and ai.due_date >= :today", today, today, until);
    }

    private List<ItemDue> items(DashboardFilter filter, String dueCondition, LocalDate today, LocalDate from,
                                LocalDate to) {
        String sql = """
                select ai.id, ai.activity, ag.abbreviation, ai.due_date
                from action_item ai join agency ag on ag.id = ai.responsible_agency_id
                where ai.status in %s and %s %s
                order by ai.due_date, ai.id
                fetch first %d rows only
                """.formatted(OPEN, dueCondition, itemProvince(filter), LIST_SIZE);
        return withProvince(jdbc.sql(sql), filter).param("today", today).param("from", from).param("to", to)
                .query((rs, n) -> new ItemDue(rs.getLong(1), rs.getString(2), shared(rs.getString(3)),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    List<UpcomingMeeting> upcomingMeetings(DashboardFilter filter, LocalDate today, LocalDate until) {
        String sql = """
                select m.id, m.title, m.starts_at, org.abbreviation
                from meeting m join agency org on org.id = m.organizer_id
                where m.status in ('DRAFT', 'SCHEDULED') and m.starts_at >= :from and m.starts_at < :until %s
                order by m.starts_at, m.id
                fetch first %d rows only
                """.formatted(province(filter, "org.region_code"), LIST_SIZE);
        return withProvince(jdbc.sql(sql), filter).param("from", today.atStartOfDay())
                .param("until", until.plusDays(1).atStartOfDay())
                .query((rs, n) -> new UpcomingMeeting(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toLocalDateTime(), shared(rs.getString(4))))
                .list();
    }

    /** Per fostering office (with its Kanwil): active villages, activities this quarter and the quarter before. */
    List<OfficeVillages> villagesPerOffice(DashboardFilter filter, Quarter quarter) {
        String sql = """
                select k.id, k.abbreviation, o.id, o.abbreviation, count(distinct db.id),
                  sum(case when va.activity_date >= :start then 1 else 0 end),
                  coalesce(sum(case when va.activity_date >= :start
                      then va.participants_male + va.participants_female else 0 end), 0),
                  sum(case when va.activity_date < :start then 1 else 0 end)
                from desa_binaan db
                join agency o on o.id = db.office_id
                left join agency k on k.id = o.parent_id
                left join village_activity va on va.desa_binaan_id = db.id
                  and va.activity_date between :previousStart and :end
                where db.status = 'ACTIVE' %s
                group by k.id, k.abbreviation, o.id, o.abbreviation
                order by k.abbreviation, o.abbreviation
                """.formatted(province(filter, "db.village_code"));
        return withProvince(jdbc.sql(sql), filter).param("start", quarter.start()).param("end", quarter.end())
                .param("previousStart", quarter.previous().start())
                .query((rs, n) -> new OfficeVillages((Long) rs.getObject(1, Long.class), shared(rs.getString(2)),
                        rs.getLong(3), shared(rs.getString(4)), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
    }

    /** The Kanwils and the provinces they cover (the province of the Kanwil's own region). */
    List<KanwilArea> kanwilAreas() {
        return jdbc.sql("""
                select p.code, p.name, a.abbreviation
                from immigration_office io
                join agency a on a.id = io.agency_id
                join region p on p.code = substring(a.region_code, 1, 2)
                where io.kind = 'KANWIL' and a.region_code is not null
                order by p.name, a.name
                """).query((rs, n) -> new KanwilArea(shared(rs.getString(1)), shared(rs.getString(2)), shared(rs.getString(3))))
                .list();
    }

    /**
     * Names of agencies, offices and provinces: a bounded set (hundreds), read again for every dashboard and kept by
     * every open one, so one shared copy of each instead of one per user (String.intern).
     */
    private static String shared(String name) {
        return name == null ? null : name.intern();
    }

    /** The items, with their responsible agency only when the province needs it (counting needs no join). */
    private static String items(DashboardFilter filter) {
        return filter.provinceCode() == null ? "action_item ai"
                : "action_item ai join agency ag on ag.id = ai.responsible_agency_id";
    }

    private static String itemProvince(DashboardFilter filter) {
        return province(filter, "coalesce(ai.region_code, ag.region_code)");
    }

    private static String province(DashboardFilter filter, String column) {
        return filter.provinceCode() == null ? "" : "and (" + column + " = :province or " + column + " like :inProvince)";
    }

    private static JdbcClient.StatementSpec withProvince(JdbcClient.StatementSpec spec, DashboardFilter filter) {
        return filter.provinceCode() == null ? spec
                : spec.param("province", filter.provinceCode()).param("inProvince", filter.provinceCode() + ".%");
    }
}
