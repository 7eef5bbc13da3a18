package id.sinergi.crash;

import id.sinergi.Application;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.ProgressService;
import id.sinergi.action.ProgressUpdateRequest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The application as {@link CrashRecoveryTest} runs it in a child JVM on an empty H2 file database. {@code work}: starts
 * with the national region list to import and, as soon as the schema exists (before the import begins), adds an agency,
 * its liaison and an open action item, then saves progress updates on it as that liaison, printing
 * {@code COMMITTED <n> <progress>} after each commit, until it is killed. {@code check}: a plain start, then prints what
 * is stored. Every line the test reads goes to standard output.
 */
public final class CrashTestApp {

    static final String NARRATIVE = "Laporan uji ketahanan ke-";
    static final String LIAISON = "penghubung.uji";

    private CrashTestApp() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        List<String> settings = new ArrayList<>(List.of("--sinergi.data-dir=" + args[1], "--server.port=0",
                "--sinergi.demo=false", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--logging.level.id.sinergi.region=info", "--vaadin.devmode.devTools.enabled=false",
                "--sinergi.secret-key=c2luZXJnaS10ZXN0LWtleS0zMi1ieXRlcy1sb25nISE="));
        SpringApplication application = new SpringApplication(Application.class);
        if (mode.equals("work")) {
            settings.add("--sinergi.regions.import-file=" + args[2]);
            application.addListeners((ApplicationListener<ContextRefreshedEvent>) event ->
                    Thread.ofPlatform().daemon().start(() -> reportForever(event.getApplicationContext())));
        }
        ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        say("STARTED");
        if (mode.equals("check")) {
            facts(jdbc);
            context.close();
            System.exit(0);
        }
    }

    private static void openItem(JdbcTemplate jdbc) {
        jdbc.update("insert into agency (name, abbreviation, category) values ('Dinas Tenaga Kerja Kabupaten Uji',"
                + " 'Disnaker Uji', 'REGIONAL_GOVERNMENT')");
        Long agency = jdbc.queryForObject("select max(id) from agency", Long.class);
        LocalDateTime start = LocalDateTime.of(2026, 1, 12, 9, 0);
        jdbc.update("insert into app_user (username, full_name, password_hash, role, agency_id, created_at) values"
                + " (?, 'Penghubung Uji', '{noop}tidak-dipakai', 'LIAISON', ?, ?)", LIAISON, agency, start);
        jdbc.update("insert into meeting (kind, title, starts_at, ends_at, organizer_id, status) values "
                + "('RAKOR_LINTAS_SEKTORAL', 'Rakor uji ketahanan', ?, ?, ?, 'HELD')", start, start.plusHours(2), agency);
        Long meeting = jdbc.queryForObject("select max(id) from meeting", Long.class);
        jdbc.update("insert into action_item (origin_meeting_id, item_number, activity, due_date, responsible_agency_id,"
                + " strategy, status, progress, created_at) values (?, 1, 'Sosialisasi migrasi aman', ?, ?,"
                + " 'PREVENTION', 'NOT_STARTED', 0, ?)", meeting, start.toLocalDate().plusYears(2), agency, start);
    }

    /** Saves progress reports one after the other, each in its own transaction, until the JVM dies. */
    private static void reportForever(ApplicationContext context) {
        openItem(context.getBean(JdbcTemplate.class));
        UserDetails liaison = context.getBean(UserDetailsService.class).loadUserByUsername(LIAISON);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(liaison, null, liaison.getAuthorities()));
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ActionItemService items = context.getBean(ActionItemService.class);
        ProgressService progress = context.getBean(ProgressService.class);
        long itemId = jdbc.queryForObject("select max(id) from action_item where activity = 'Sosialisasi migrasi aman'",
                Long.class);
        for (int n = 1; ; n++) {
            int percent = Math.min(n, 99);
            progress.report(new ProgressUpdateRequest(itemId, items.get(itemId).getVersion(),
                    ActionItemStatus.IN_PROGRESS, percent, NARRATIVE + n, null, null, null));
            say("COMMITTED " + n + " " + percent);
        }
    }

    private static void facts(JdbcTemplate jdbc) {
        // the rows a query finds (sum reads them), and H2's kept row count (count(*) answers from it): once, right
        // after a kill at the start of the import, the kept count said 1 while no row was there to be read
        say("REGIONS " + jdbc.queryForObject("select coalesce(sum(1), 0) from region", Long.class));
        say("REGIONS_COUNTED " + jdbc.queryForObject("select count(*) from region", Long.class));
        say("REGIONS_WITHOUT_PATH " + jdbc.queryForObject("select count(*) from region where display_path is null",
                Long.class));
        say("REGIONS_WITHOUT_WORDS " + jdbc.queryForObject("select count(*) from region r where not exists"
                + " (select 1 from region_word w where w.code = r.code)", Long.class));
        jdbc.query("select code, name from region r where not exists (select 1 from region_word w where w.code = r.code)"
                + " order by code fetch first 3 rows only", rs -> {
                    say("WORDLESS " + rs.getString(1) + " " + rs.getString(2));
                });
        say("WORDS " + jdbc.queryForObject("select count(*) from region_word", Long.class));
        jdbc.query("select i.id, i.progress, i.version, (select count(*) from progress_update u where u.action_item_id = i.id),"
                + " (select count(*) from audit_event e where e.entity_id = cast(i.id as varchar(40))"
                + " and e.action = 'ACTION_ITEM_PROGRESS') from action_item i where i.activity = 'Sosialisasi migrasi aman'",
                rs -> {
                    say("ITEM progress=" + rs.getInt(2) + " version=" + rs.getInt(3) + " updates=" + rs.getInt(4)
                            + " audits=" + rs.getInt(5));
                });
        jdbc.query("select narrative, progress from progress_update where narrative like ? order by id",
                rs -> {
                    say("UPDATE " + rs.getString(1).substring(NARRATIVE.length()) + " " + rs.getInt(2));
                }, NARRATIVE + "%");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
