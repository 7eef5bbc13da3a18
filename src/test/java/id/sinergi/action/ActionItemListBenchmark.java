package id.sinergi.action;

import id.sinergi.Application;
import id.sinergi.Benchmark;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the action item lists with 1,000,000 items (or the count given as first argument): inserts them into a fresh
 * H2 database (file in target/, so the heap stays small; or the database given by -Dspring.datasource.url) with the real
 * schema and indexes, then prints the median time of the page (read as the grids read them: list rows) and count
 * queries the grids run. See README ("Action items").
 */
public final class ActionItemListBenchmark {

    private static final int ROUNDS = 15;
    private static final int BATCH = 10_000;

    private ActionItemListBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "warn");
        System.setProperty("sinergi.demo", "false");
        if (System.getProperty("spring.datasource.url") == null) {
            System.setProperty("spring.datasource.url", "jdbc:h2:file:./target/benchmark/actions-"
                    + System.currentTimeMillis() + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            List<Long> agencies = insertAgencies(jdbc);
            insertItems(jdbc, count, insertMeetings(jdbc, agencies.getFirst(), count / 20 + 1), agencies);
            System.out.printf("inserted %,d action items in %d s%n", count, (System.nanoTime() - started) / 1_000_000_000);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_LEADERSHIP"))));
            run(context.getBean(ActionItemService.class), context.getBean(ActionItemSearch.class), agencies);
        }
    }

    private static void run(ActionItemService service, ActionItemSearch search, List<Long> agencies) {
        BiFunction<ActionItemFilter, Pageable, Object> page = (filter, p) -> service.list(filter, p, new ListBookmarks());
        Long agency = agencies.get(3);
        var overdue = new ActionItemFilter(null, null, null, true, null, null, null, null, null, null);
        var responsible = new ActionItemFilter(agency, null, null, false, null, null, null, null, null, null);
        var responsibleOpen = new ActionItemFilter(agency, null, ActionItemStatus.IN_PROGRESS, false, null, null, null,
                null, null, null);
        var supporting = new ActionItemFilter(null, agencies.get(5), null, false, null, null, null, null, null, null);
        var strategyPeriod = new ActionItemFilter(null, null, null, false, NationalStrategy.LAW_ENFORCEMENT,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), null, null, null);
        var meeting = ActionItemFilter.ofMeeting(1234L);
        var region = new ActionItemFilter(null, null, null, false, null, null, null, null, "36.04", null);
        var text = ActionItemFilter.ALL.withText("tirtayasa 77");
        measure("first page (50), no filter", () -> page.apply(ActionItemFilter.ALL, PageRequest.of(0, 50)));
        measure("page 200 (50), no filter", () -> page.apply(ActionItemFilter.ALL, PageRequest.of(200, 50)));
        measure("count, no filter", () -> service.count(ActionItemFilter.ALL));
        measure("first page, overdue", () -> page.apply(overdue, PageRequest.of(0, 50)));
        measure("count, overdue", () -> service.count(overdue));
        measure("first page, responsible agency", () -> page.apply(responsible, PageRequest.of(0, 50)));
        measure("count, responsible agency", () -> service.count(responsible));
        measure("first page, agency + status", () -> page.apply(responsibleOpen, PageRequest.of(0, 50)));
        measure("first page, supporting agency", () -> page.apply(supporting, PageRequest.of(0, 50)));
        measure("count, supporting agency", () -> service.count(supporting));
        measure("first page, strategy + quarter", () -> page.apply(strategyPeriod, PageRequest.of(0, 50)));
        measure("first page, one meeting", () -> page.apply(meeting, PageRequest.of(0, 50)));
        measure("first page, region 36.04", () -> page.apply(region, PageRequest.of(0, 50)));
        measure("first page, free text", () -> page.apply(text, PageRequest.of(0, 50)));
        measure("count, free text", () -> service.count(text));
        measure("first page, sorted by status", () -> page.apply(ActionItemFilter.ALL,
                PageRequest.of(0, 50, Sort.by("status"))));
        measure("liaison's list, open first", () -> search.summaries(ActionItemFilter.ofResponsibleAgency(agency),
                ActionItemService.today(), PageRequest.of(0, 50), true, null));
    }

    private static List<Long> insertAgencies(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(new Object[] {"Instansi uji " + i, "IU" + i});
        }
        jdbc.batchUpdate("insert into agency (name, abbreviation, category) values (?, ?, 'REGIONAL_GOVERNMENT')", rows);
        jdbc.batchUpdate("insert into region (code, name, level) values (?, ?, ?)", List.of(
                new Object[] {"36", "Banten", "PROVINCE"}, new Object[] {"36.04", "Kabupaten Serang", "REGENCY"},
                new Object[] {"61", "Kalimantan Barat", "PROVINCE"}));
        return jdbc.queryForList("select id from agency order by id", Long.class);
    }

    private static List<Long> insertMeetings(JdbcTemplate jdbc, Long organizer, int count) {
        List<Object[]> rows = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2020, 1, 6, 9, 0);
        for (int i = 0; i < count; i++) {
            LocalDateTime start = first.plusHours(12L * i);
            rows.add(new Object[] {"Rapat uji " + i, start, start.plusHours(2), organizer});
        }
        jdbc.batchUpdate("insert into meeting (kind, title, starts_at, ends_at, organizer_id, status) "
                + "values ('RAKOR_LINTAS_SEKTORAL', ?, ?, ?, ?, 'HELD')", rows);
        return jdbc.queryForList("select id from meeting order by id", Long.class);
    }

    private static void insertItems(JdbcTemplate jdbc, int count, List<Long> meetings, List<Long> agencies) {
        String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "CANCELLED"};
        NationalStrategy[] strategies = NationalStrategy.values();
        String[] regions = {"36", "36.04", "61", null};
        String[] places = {"Tirtayasa", "Pontang", "Tanara", "Sajingan", "Temajuk", "Paloh"};
        LocalDate firstDue = LocalDate.of(2020, 2, 1);
        for (int start = 0; start < count; start += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> supporting = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                rows.add(new Object[] {meetings.get(i / 20), i % 20 + 1, "Kegiatan uji " + i + " di "
                        + places[i % places.length], firstDue.plusDays(i % 2500), agencies.get(i % agencies.size()),
                        strategies[i % strategies.length].name(), regions[i % regions.length], statuses[i % 6],
                        statuses[i % 6].equals("DONE") ? 100 : i % 90, LocalDateTime.of(2020, 1, 1, 0, 0)});
            }
            long before = jdbc.queryForObject("select coalesce(max(id), 0) from action_item", Long.class);
            jdbc.batchUpdate("insert into action_item (origin_meeting_id, item_number, activity, due_date, "
                    + "responsible_agency_id, strategy, region_code, status, progress, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            List<Long> ids = jdbc.queryForList("select id from action_item where id > ? order by id", Long.class,
                    before);
            for (int k = 0; k < ids.size(); k++) {
                supporting.add(new Object[] {ids.get(k), agencies.get((start + k + 5) % agencies.size())});
            }
            jdbc.batchUpdate("insert into action_item_supporting_agency (action_item_id, agency_id) values (?, ?)",
                    supporting);
        }
    }

    private static void measure(String what, Supplier<Object> query) {
        Benchmark.measure(what, ROUNDS, query);
    }
}
