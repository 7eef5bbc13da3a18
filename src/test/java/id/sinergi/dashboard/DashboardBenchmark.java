package id.sinergi.dashboard;

import id.sinergi.AppProperties;
import id.sinergi.Application;
import id.sinergi.Benchmark;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the dashboard's aggregate queries. {@code main} fills a fresh in-memory H2 (real schema, demo data) with
 * 100,000 action items (or the count given as first argument) and prints the median and maximum time of each query and
 * of the whole dashboard, for all provinces and for one. Run: see README ("Dashboard").
 * <p>
 * For the scale benchmark: {@link #measure(DataSource, PrintStream)} times the same queries on whatever data a database
 * already holds (e.g. 1,000,000 items), without a Spring context.
 */
public final class DashboardBenchmark {

    private static final int ROUNDS = 15;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("jdbc:")) {
            onExistingDatabase(args);
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "warn");
        // H2 would otherwise hand back the cached result of an identical query on unchanged tables
        System.setProperty("spring.datasource.url",
                "jdbc:h2:mem:dashboard-benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test").run()) {
            long started = System.nanoTime();
            insert(context.getBean(JdbcTemplate.class), count);
            System.out.printf("inserted %,d action items in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
            measure(context.getBean(DataSource.class), System.out);
        }
    }

    /**
     * The dashboard's queries on a database that already holds its data, e.g. the scale database with 1,000,000 items:
     * arguments URL [user [password]] (default user and password {@code sinergi}). The schema must be migrated.
     */
    private static void onExistingDatabase(String[] args) {
        var dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(args[0],
                args.length > 1 ? args[1] : "sinergi", args.length > 2 ? args[2] : "sinergi", true);
        try {
            if (args[0].startsWith("jdbc:postgresql:")) {
                var jdbc = new JdbcTemplate(dataSource);
                // the session as the app's postgres profile sets it
                jdbc.execute(AppProperties.resolved("application-postgres.properties",
                        "spring.datasource.hikari.connection-init-sql", Map.of()));
                System.out.println("parallel workers per query: "
                        + jdbc.queryForObject("show max_parallel_workers_per_gather", String.class));
            }
            measure(dataSource, System.out);
        } finally {
            dataSource.destroy();
        }
    }

    /**
     * Times every dashboard query, and the whole dashboard, on the data the database holds: the current year for all
     * provinces, then for Banten (36). Prints one line per measurement; returns the whole dashboard's median in ms for
     * all provinces.
     */
    public static double measure(DataSource dataSource, PrintStream out) {
        DashboardQueries queries = new DashboardQueries(JdbcClient.create(dataSource));
        LocalDate today = DashboardService.today();
        DashboardFilter all = DashboardFilter.yearOf(today);
        DashboardFilter banten = all.withProvince("36");
        long items = JdbcClient.create(dataSource).sql("select count(*) from action_item").query(Long.class).single();
        out.printf("dashboard on %,d action items (median / max of %d rounds)%n", items, ROUNDS);
        double whole = time(out, "whole dashboard, all provinces", () -> DashboardService.compute(queries, all, today));
        time(out, "whole dashboard, province 36", () -> DashboardService.compute(queries, banten, today));
        time(out, "per agency (headline + bars)", () -> queries.perAgency(all, today));
        time(out, "trend, 12 months", () -> queries.trend(all, java.time.YearMonth.from(today).minusMonths(11),
                java.time.YearMonth.from(today)));
        time(out, "10 most overdue", () -> queries.mostOverdue(all, today));
        time(out, "due in 14 days", () -> queries.dueSoon(all, today, today.plusDays(14)));
        time(out, "meetings held", () -> queries.meetingsHeld(all));
        time(out, "meetings in 14 days", () -> queries.upcomingMeetings(all, today, today.plusDays(14)));
        time(out, "villages and activities (headline)", () -> queries.villages(all,
                id.sinergi.desabinaan.Quarter.of(today)));
        time(out, "Desa Binaan per office", () -> queries.villagesPerOffice(all,
                id.sinergi.desabinaan.Quarter.of(today)));
        time(out, "one agency's figures (liaison)", () -> queries.agency(firstAgency(dataSource), today));
        return whole;
    }

    private static long firstAgency(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("select min(responsible_agency_id) from action_item")
                .query(Long.class).optional().orElse(0L);
    }

    /** Items over the last two years and the next, spread over all agencies and statuses; a few carried over. */
    static void insert(JdbcTemplate jdbc, int count) {
        List<Long> agencies = jdbc.queryForList("select id from agency", Long.class);
        List<Long> meetings = new ArrayList<>();
        LocalDateTime firstMeeting = LocalDate.now().minusYears(2).atTime(9, 0);
        for (int i = 0; i < 200; i++) {
            LocalDateTime start = firstMeeting.plusDays(5L * i);
            jdbc.update("insert into meeting (kind, title, starts_at, ends_at, organizer_id, status) values "
                    + "('RAKOR_LINTAS_SEKTORAL', ?, ?, ?, ?, 'FINAL')", "Rakor tolok ukur " + i, start,
                    start.plusHours(2), agencies.get(i % agencies.size()));
        }
        meetings.addAll(jdbc.queryForList("select id from meeting where title like 'Rakor tolok ukur %' order by id",
                Long.class));
        String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "DONE", "DONE", "IN_PROGRESS", "CANCELLED"};
        LocalDate firstDue = LocalDate.now().minusYears(2);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate due = firstDue.plusDays(i % 1095);
            String status = statuses[(i / 3) % statuses.length];
            Long carried = i % 10 == 0 ? meetings.get((i / 10 + 1) % meetings.size()) : null;
            rows.add(new Object[] {meetings.get(i % meetings.size()), carried, i % 40 + 1, "Kegiatan tolok ukur " + i,
                    due, agencies.get(i % agencies.size()), status, status.equals("DONE") ? 100 : 30,
                    LocalDateTime.now(), status.equals("DONE") ? due.minusDays(i % 20) : null});
            if (rows.size() == 10_000) {
                flush(jdbc, rows);
            }
        }
        flush(jdbc, rows);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("insert into action_item (origin_meeting_id, carried_to_meeting_id, item_number, activity, "
                + "due_date, responsible_agency_id, strategy, status, progress, created_at, done_on) "
                + "values (?, ?, ?, ?, ?, ?, 'PREVENTION', ?, ?, ?, ?)", rows);
        rows.clear();
    }

    private static double time(PrintStream out, String what, Supplier<Object> query) {
        return Benchmark.measure(out, what, ROUNDS, query);
    }
}
