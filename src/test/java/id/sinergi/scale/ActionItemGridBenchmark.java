package id.sinergi.scale;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.ListBookmarks;
import id.sinergi.action.NationalStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The action items grid at scale: for no filter, each filter and a combination of three, the capped count the grid uses
 * and the exact count, the first page, the middle and the last page (50 rows, the grid's page size) reached by scrolling
 * (keyset from the row before, or from 10,000 rows before) and jumped to (offset), each through the app's own service
 * and as the same query in plain SQL in the same run; then the region picker's search. Prints medians, 95th percentiles and
 * the ratio, and writes them as CSV to {@code target/scale/} ({@code -Dscale.filters=no filter,status}: only those).
 * Run on a database filled by {@link ScaleDataGenerator}.
 */
public final class ActionItemGridBenchmark {

    static final int PAGE = 50;
    static final int CAP = 10_001;
    private static final int WARM_UP_PASSES = 10;
    private static final int OVERHEAD_RUNS = 1_000;
    private static final double OVERHEAD_BELOW_MS = 3;
    /**
     * {@code -Dscale.sql=false}: the app alone, without the same queries in plain SQL (on H2 at 1,000,000 items a
     * page as one SQL statement with the agency joined takes 80 s: H2 sorts every joined row before the first 50).
     */
    private static final boolean WITH_SQL = !"false".equals(System.getProperty("scale.sql"));
    /**
     * The day the app counts overdue from (its own clock), so that both sides answer the same question; the data are
     * dated from {@link ScaleActionItems#TODAY}, the day they were generated for.
     */
    private static final LocalDate TODAY = ActionItemService.today();
    private static final String[] WORDS = {"reintegrasi", "paspor", "patroli", "peraturan desa", "kampanye"};

    private final ActionItemService service;
    private final RawActionItemSql raw;
    private final List<String> csv = new ArrayList<>();
    private final Map<String, Long> counts = new HashMap<>();
    /** The pages reached by scrolling whose SQL is fast, measured again with many runs at the end. */
    private final List<Runnable> fastScrolled = new ArrayList<>();

    private ActionItemGridBenchmark(ActionItemService service, RawActionItemSql raw) {
        this.service = service;
        this.raw = raw;
    }

    public static void main(String[] args) throws IOException {
        ScaleDatabase database = ScaleDatabase.fromSystemProperties();
        try (ConfigurableApplicationContext app = database.start(0, Map.of())) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            if (!database.postgres()) {
                jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            }
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "pimpinan.skala", null, List.of(new SimpleGrantedAuthority("ROLE_LEADERSHIP"))));
            long items = jdbc.queryForObject("select count(*) from action_item", Long.class);
            System.out.printf("Action items grid on %s with %,d action items, %d cores, %s%n", database.label(), items,
                    Runtime.getRuntime().availableProcessors(), database.url());
            if (database.postgres()) {
                System.out.println("parallel workers per query (the app's session setting): "
                        + jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)
                        + "; plans: " + jdbc.queryForObject("show plan_cache_mode", String.class));
            }
            System.out.println(Timing.header());
            ActionItemGridBenchmark benchmark = new ActionItemGridBenchmark(app.getBean(ActionItemService.class),
                    new RawActionItemSql(app.getBean(DataSource.class)));
            Map<String, IntFunction<ActionItemFilter>> filters = filters(jdbc);
            benchmark.warmUp(filters);
            benchmark.grid(filters);
            benchmark.overhead(filters);
            new RegionSearchBenchmark(app).run(benchmark.csv);
            Path out = Path.of("target/scale/grid-" + database.label().toLowerCase(Locale.ROOT) + "-" + items + ".csv");
            Files.createDirectories(out.getParent());
            Files.write(out, benchmark.csv);
            System.out.println("written to " + out);
        }
    }

    /** Each filter varies with the run number, so that no two consecutive runs ask the same question. */
    private static Map<String, IntFunction<ActionItemFilter>> filters(JdbcTemplate jdbc) {
        List<Long> agencies = jdbc.queryForList("select id from agency order by id", Long.class);
        List<Long> meetings = jdbc.queryForList("select id from meeting order by id", Long.class);
        List<String> provinces = jdbc.queryForList("select code from region where level = 'PROVINCE' order by code",
                String.class);
        ActionItemStatus[] statuses = ActionItemStatus.values();
        NationalStrategy[] strategies = NationalStrategy.values();
        Map<String, IntFunction<ActionItemFilter>> filters = new java.util.LinkedHashMap<>();
        filters.put("no filter", r -> ActionItemFilter.ALL);
        filters.put("responsible agency", r -> filter(agencies.get(r * 37 % agencies.size()), null, null, false, null,
                null, null, null, null, null));
        filters.put("supporting agency", r -> filter(null, agencies.get(r * 41 % agencies.size()), null, false, null,
                null, null, null, null, null));
        filters.put("status", r -> filter(null, null, statuses[r % statuses.length], false, null, null, null, null,
                null, null));
        filters.put("overdue only", r -> filter(null, null, null, true, null, null, null, null, null, null));
        filters.put("strategy", r -> filter(null, null, null, false, strategies[r % strategies.length], null, null,
                null, null, null));
        filters.put("due in one quarter", r -> filter(null, null, null, false, null, quarter(r), quarter(r + 1)
                .minusDays(1), null, null, null));
        filters.put("meeting", r -> filter(null, null, null, false, null, null, null, meetings.get(r * 997
                % meetings.size()), null, null));
        filters.put("region (a province)", r -> filter(null, null, null, false, null, null, null, null,
                provinces.get(r % provinces.size()), null));
        filters.put("text", r -> filter(null, null, null, false, null, null, null, null, null, WORDS[r % WORDS.length]));
        filters.put("text + status", r -> filter(null, null, statuses[r % statuses.length], false, null, null, null,
                null, null, WORDS[r % WORDS.length]));
        filters.put("text + strategy", r -> filter(null, null, null, false, strategies[r % strategies.length], null,
                null, null, null, WORDS[r % WORDS.length]));
        filters.put("status + strategy + due year", r -> filter(null, null, statuses[r % 2], false,
                strategies[r % strategies.length], LocalDate.of(2020 + r % 6, 1, 1), LocalDate.of(2020 + r % 6, 12, 31),
                null, null, null));
        String only = System.getProperty("scale.filters");
        if (only != null) {
            filters.keySet().retainAll(List.of(only.split(",")));
        }
        return filters;
    }

    private static LocalDate quarter(int r) {
        return LocalDate.of(2020, 1, 1).plusMonths(3L * (r % 24));
    }

    private static ActionItemFilter filter(Long responsible, Long supporting, ActionItemStatus status, boolean overdue,
                                           NationalStrategy strategy, LocalDate from, LocalDate to, Long meeting,
                                           String region, String text) {
        return new ActionItemFilter(responsible, supporting, status, overdue, strategy, from, to, meeting, region, text);
    }

    /**
     * Before anything is measured, every filter's count, first page and a page after it read with bookmarks go through
     * the app and through plain SQL a few times, so that the first filter measured does not pay for compiling the app's
     * query path (a server that has answered its first requests runs compiled code; the benchmark's JVM has not).
     */
    private void warmUp(Map<String, IntFunction<ActionItemFilter>> filters) {
        long start = System.nanoTime();
        filters.values().forEach(filter -> {
            for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                long passStart = System.nanoTime();
                ActionItemFilter f = filter.apply(2 * Timing.WARM_UP_FIRST + pass);
                service.countUpTo(f, CAP);
                ListBookmarks marks = new ListBookmarks();
                service.list(f, PageRequest.of(0, PAGE), marks);
                service.list(f, PageRequest.of(1, PAGE), marks);
                if (WITH_SQL) {
                    raw.countUpTo(f, TODAY, CAP);
                    raw.page(f, TODAY, 0, PAGE);
                    raw.page(f, TODAY, PAGE, PAGE);
                }
                if ((System.nanoTime() - passStart) / 1e6 > Timing.SLOW_MS) {
                    break; // a filter this slow (H2 with a text) loses nothing measurable to compiling
                }
            }
        });
        System.out.printf("warm-up: up to %d passes over every filter's count and first two pages, %,d ms%n",
                WARM_UP_PASSES, (System.nanoTime() - start) / 1_000_000);
    }

    private void grid(Map<String, IntFunction<ActionItemFilter>> filters) {
        filters.forEach((name, filter) -> {
            for (int r = 0; r < Timing.RUNS; r++) {
                count(filter.apply(r));
                count(filter.apply(Timing.WARM_UP_FIRST + r));
            }
            measure(name + ": count up to 10,001 (grid)", r -> service.countUpTo(filter.apply(r), CAP),
                    r -> raw.countUpTo(filter.apply(r), TODAY, CAP));
            measure(name + ": exact count", r -> service.count(filter.apply(r)), r -> raw.count(filter.apply(r), TODAY));
            measure(name + ": first page", r -> service.list(filter.apply(r), PageRequest.of(0, PAGE),
                    new ListBookmarks()), r -> raw.page(filter.apply(r), TODAY, 0, PAGE));
            for (Depth depth : Depth.values()) {
                scrolled(name, filter, depth);
            }
            for (Depth depth : List.of(Depth.MIDDLE, Depth.LAST)) {
                measure(name + ": " + depth.label + " page, jumped to (offset)",
                        r -> service.list(filter.apply(r), PageRequest.of((int) (depth.row(count(filter.apply(r)))
                                / PAGE), PAGE), new ListBookmarks()),
                        r -> raw.page(filter.apply(r), TODAY, depth.row(count(filter.apply(r))) / PAGE * PAGE, PAGE));
            }
        });
    }

    /**
     * The app's own cost per call where the query itself takes about a millisecond: the capped count, the first page
     * and the pages reached by scrolling of each filter whose SQL is that fast, {@value #OVERHEAD_RUNS} runs each by
     * turns with the SQL side (15 runs of such a query measure mostly which side met a cold page or a pause).
     */
    private void overhead(Map<String, IntFunction<ActionItemFilter>> filters) {
        if (!WITH_SQL) {
            return;
        }
        System.out.println("the same, " + OVERHEAD_RUNS + " runs each, for the queries whose SQL takes under "
                + OVERHEAD_BELOW_MS + " ms:");
        filters.forEach((name, filter) -> {
            if (Timing.of(r -> raw.countUpTo(filter.apply(r), TODAY, CAP), null)[0].median() < OVERHEAD_BELOW_MS) {
                measure(name + ": count up to 10,001 (grid), many runs", r -> service.countUpTo(filter.apply(r), CAP),
                        r -> raw.countUpTo(filter.apply(r), TODAY, CAP), OVERHEAD_RUNS);
            }
            if (Timing.of(r -> raw.page(filter.apply(r), TODAY, 0, PAGE), null)[0].median() < OVERHEAD_BELOW_MS) {
                measure(name + ": first page, many runs", r -> service.list(filter.apply(r), PageRequest.of(0, PAGE),
                        new ListBookmarks()), r -> raw.page(filter.apply(r), TODAY, 0, PAGE), OVERHEAD_RUNS);
            }
        });
        fastScrolled.forEach(Runnable::run);
    }

    /** Where a page is: in the middle, at the end, or at the end after a jump of 10,000 rows past the last row read. */
    enum Depth {
        MIDDLE("middle", 0), LAST("last", 0), LAST_AFTER_JUMP("last", CAP - 1);

        final String label;
        final int gap;

        Depth(String label, int gap) {
            this.label = label;
            this.gap = gap;
        }

        long row(long count) {
            return Math.max(0, this == MIDDLE ? count / 2 : count - 1);
        }
    }

    /** A deep page read with bookmarks, as the grid does while scrolling: the row before it (or 10,000 rows before it) known. */
    private void scrolled(String name, IntFunction<ActionItemFilter> filter, Depth depth) {
        Map<Integer, ListBookmarks> bookmarks = new HashMap<>();
        Map<Integer, Object[]> keys = new HashMap<>();
        IntFunction<Long> offset = r -> depth.row(count(filter.apply(r))) / PAGE * PAGE;
        IntFunction<Long> known = r -> Math.max(0, offset.apply(r) - 1 - depth.gap);
        for (int r : runNumbers()) {
            ListBookmarks marks = new ListBookmarks();
            long before = known.apply(r);
            service.list(filter.apply(r), PageRequest.of((int) (before / PAGE), PAGE), marks); // not measured
            bookmarks.put(r, marks);
            if (WITH_SQL) {
                keys.put(r, raw.keyAt(filter.apply(r), TODAY, before));
            }
        }
        String label = name + ": " + depth.label + " page, " + (depth.gap == 0 ? "scrolled to (keyset)"
                : "10,000 rows past the last read");
        IntFunction<Object> app = r -> service.list(filter.apply(r), PageRequest.of((int) (offset.apply(r) / PAGE),
                PAGE), bookmarks.get(r));
        IntFunction<Object> sql = r -> raw.pageAfter(filter.apply(r), TODAY, keys.get(r),
                (int) Math.max(0, offset.apply(r) - known.apply(r) - 1), PAGE);
        Timing[] timings = measure(label, app, sql);
        if (WITH_SQL && timings[1].median() < OVERHEAD_BELOW_MS) {
            // the bookmarks of the 15 runs' parameters again and again (the database then has their pages cached)
            IntFunction<Integer> again = r -> r >= Timing.WARM_UP_FIRST ? r : r % Timing.RUNS;
            fastScrolled.add(() -> measure(label + ", many runs", r -> app.apply(again.apply(r)),
                    r -> sql.apply(again.apply(r)), OVERHEAD_RUNS));
        }
    }

    private static List<Integer> runNumbers() {
        List<Integer> runs = new ArrayList<>();
        for (int r = 0; r < Timing.RUNS; r++) {
            runs.add(r);
        }
        for (int r = 0; r < Timing.WARM_UP; r++) {
            runs.add(Timing.WARM_UP_FIRST + r);
        }
        return runs;
    }

    /** The exact count of a filter, asked once outside the measured time. */
    private long count(ActionItemFilter filter) {
        return counts.computeIfAbsent(filter.toString(), k -> raw.count(filter, TODAY));
    }

    Timing[] measure(String label, IntFunction<Object> app, IntFunction<Object> sql) {
        return measure(label, app, sql, Timing.RUNS);
    }

    Timing[] measure(String label, IntFunction<Object> app, IntFunction<Object> sql, int runs) {
        Timing[] timings = Timing.of(app, WITH_SQL ? sql : null, runs);
        Timing appTiming = timings[0];
        Timing sqlTiming = WITH_SQL ? timings[1] : null;
        System.out.println(Timing.row(label, appTiming, sqlTiming));
        csv.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%s", label, appTiming.median(), appTiming.p95(),
                sqlTiming == null ? "," : String.format(Locale.ROOT, "%.2f,%.2f", sqlTiming.median(), sqlTiming.p95())));
        return timings;
    }
}
