package id.sinergi.meeting;

import id.sinergi.Application;
import id.sinergi.Benchmark;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures the meetings list with 10,000 meetings (or the count given as first argument): inserts them into a fresh
 * in-memory H2 with the real schema, then prints the median time of the page and count queries the list view runs.
 * Run: see README ("Meetings").
 */
public final class MeetingListBenchmark {

    private static final int ROUNDS = 30;

    private MeetingListBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test").run()) {
            long started = System.nanoTime();
            insert(context.getBean(JdbcTemplate.class), count);
            System.out.printf("inserted %,d meetings in %d ms%n", count, (System.nanoTime() - started) / 1_000_000);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_LEADERSHIP"))));
            MeetingService service = context.getBean(MeetingService.class);
            Long organizer = context.getBean(JdbcTemplate.class).queryForObject(
                    "select id from agency where abbreviation = 'Kanim Serang'", Long.class);
            MeetingFilter period = new MeetingFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null, null,
                    MeetingStatus.FINAL, null);
            MeetingFilter byOrganizer = new MeetingFilter(null, null, null, organizer, null, null);
            measure("first page (50), newest first", () -> service.list(MeetingFilter.ALL, PageRequest.of(0, 50)));
            measure("page 100 (50), newest first", () -> service.list(MeetingFilter.ALL, PageRequest.of(100, 50)));
            measure("count, no filter", () -> service.count(MeetingFilter.ALL));
            measure("first page, organizer filter", () -> service.list(byOrganizer, PageRequest.of(0, 50)));
            measure("count, organizer filter", () -> service.count(byOrganizer));
            measure("first page, year + status", () -> service.list(period, PageRequest.of(0, 50)));
            measure("first page, free text 'sambas'", () -> service.list(MeetingFilter.ALL.withText("sambas"),
                    PageRequest.of(0, 50)));
            measure("count, free text 'sambas'", () -> service.count(MeetingFilter.ALL.withText("sambas")));
            measure("first page, sorted by organizer", () -> service.list(MeetingFilter.ALL,
                    PageRequest.of(0, 50, Sort.by("organizer.name"))));
        }
    }

    private static void insert(JdbcTemplate jdbc, int count) {
        List<Long> agencies = jdbc.queryForList("select id from agency", Long.class);
        String[] kinds = {"RAKOR_LINTAS_SEKTORAL", "GUGUS_TUGAS_TPPO", "TIMPORA", "OTHER"};
        String[] statuses = {"DRAFT", "SCHEDULED", "HELD", "FINAL"};
        String[] places = {"Serang", "Tangerang", "Cilegon", "Pontianak", "Sambas", "Bengkayang"};
        LocalDateTime first = LocalDateTime.of(2020, 1, 6, 9, 0);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = first.plusHours(5L * i);
            String place = places[i % places.length];
            rows.add(new Object[] {kinds[i % 4], "Rapat koordinasi ke-" + i + " " + place, start, start.plusHours(2),
                    "Aula " + place, agencies.get(i % agencies.size()), "Pimpinan " + i, statuses[(i / 7) % 4]});
        }
        jdbc.batchUpdate("insert into meeting (kind, title, starts_at, ends_at, time_zone, venue, organizer_id, "
                + "chair_name, status) values (?, ?, ?, ?, 'Asia/Jakarta', ?, ?, ?, ?)", rows);
    }

    private static void measure(String what, Supplier<Object> query) {
        Benchmark.measure(what, ROUNDS, query);
    }
}
