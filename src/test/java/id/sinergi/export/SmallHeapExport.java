package id.sinergi.export;

import static org.mockito.Mockito.mock;

import com.zaxxer.hikari.HikariDataSource;
import id.sinergi.agency.AgencyService;
import id.sinergi.audit.AuditService;
import id.sinergi.base.i18n.Translations;
import id.sinergi.meeting.MeetingService;
import id.sinergi.region.RegionService;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.UserService;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * The progress report from the 1,000,000-item PostgreSQL database {@code sinergi_scale} in a JVM with a small heap
 * (issue 8: "a 1,000,000-item progress report completes with -Xmx64m"), and ten 100,000-item reports at once. The app
 * does not start in 64 MB, so the child JVM wires only the real export and its queries ({@link ProgressReportExport},
 * {@code ActionItemReportService}, {@code ActionItemRowQuery}) over a DataSource in a transaction, as the app runs them;
 * audit, users and agency names (not on the row path) are stubs, and method security is not switched on.
 * Run: {@code ./mvnw -q -Pbenchmark test-compile exec:java -Dbenchmark.class=id.sinergi.export.SmallHeapExport}
 * ({@code -Dexec.args="64m"} sets the child's heap; {@code -Dscale.url=jdbc:postgresql://...} another database).
 */
public final class SmallHeapExport {

    private static final String URL = System.getProperty("scale.url", "jdbc:postgresql://localhost:5432/sinergi_scale");

    private SmallHeapExport() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            System.exit(0);
        }
        String heap = args.length > 0 ? args[0] : "64m";
        System.out.println("== progress report from PostgreSQL sinergi_scale, child JVM with -Xmx" + heap + " ==");
        ExportBenchmark.header();
        print(Child.run(List.of("-Xmx" + heap), SmallHeapExport.class, "child", URL, "1", "1000000"));
        print(Child.run(List.of("-Xmx" + heap), SmallHeapExport.class, "child", URL, "1", "100000"));
        print(Child.run(List.of("-Xmx" + heap), SmallHeapExport.class, "child", URL, "10", "100000"));
        System.exit(0);
    }

    private static void print(List<String> lines) {
        lines.stream().filter(line -> !line.contains(" INFO ") && !line.contains("DEBUG")).forEach(System.out::println);
    }

    /** {@code threads} reports of about {@code size} items each (a different due-date window each), at once. */
    private static void child(String url, int threads, int size) throws Exception {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(System.getProperty("scale.user", "sinergi"));
            dataSource.setPassword(System.getProperty("scale.password", "sinergi"));
            dataSource.setMaximumPoolSize(threads + 1);
            try (AnnotationConfigApplicationContext context = context(dataSource)) {
                ProgressReportExport export = context.getBean(ProgressReportExport.class);
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                List<ProgressReportFilter> filters = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    filters.add(window(jdbc, i, size));
                }
                Heap.reset();
                long start = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<long[]>> runs = new ArrayList<>();
                for (ProgressReportFilter filter : filters) {
                    runs.add(pool.submit(() -> write(export, filter)));
                }
                long rows = 0;
                long bytes = 0;
                for (Future<long[]> run : runs) {
                    rows += run.get()[0];
                    bytes += run.get()[1];
                }
                long nanos = System.nanoTime() - start;
                pool.shutdown();
                String what = threads == 1 ? "progress report, one" : "progress reports, " + threads + " at once";
                ExportBenchmark.print(what, (int) rows, new WriterBenchmark.Measured(nanos, Heap.peakBytes(), bytes),
                        null);
                System.out.printf("   (rows: the items, each written once with its overdue row if late; heap after a collection at most %.0f MB, "
                        + "max heap %d MB)%n", Heap.maxAfterGcBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
            }
        }
    }

    /** Items due up to the {@code size}-th date from window {@code index} on (the whole table for 1,000,000). */
    private static ProgressReportFilter window(JdbcTemplate jdbc, int index, int size) {
        long total = jdbc.queryForObject("select count(*) from action_item", Long.class);
        if (size >= total) {
            return ProgressReportFilter.ALL;
        }
        String at = "select due_date from action_item order by due_date, id offset ? rows fetch first 1 rows only";
        LocalDate from = index == 0 ? null : jdbc.queryForObject(at, LocalDate.class, (long) index * size);
        LocalDate to = jdbc.queryForObject(at, LocalDate.class, (long) (index + 1) * size - 1);
        return new ProgressReportFilter(from == null ? null : from.plusDays(index == 0 ? 0 : 1), to, null, null, null,
                null, null);
    }

    private static long[] write(ProgressReportExport export, ProgressReportFilter filter) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_LEADERSHIP"))));
        Path file = Files.createTempFile("sinergi-small-heap-", ".xlsx");
        long[] rows = {0};
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                export.write(filter, Translations.INDONESIAN, out, new ExportProgress() {
                    @Override
                    public void rowsWritten(long done, long total) {
                        rows[0] = done;
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
            }
            return new long[] {rows[0], Files.size(file)};
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static AnnotationConfigApplicationContext context(DataSource dataSource) throws ClassNotFoundException {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.register(Transactions.class);
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(Translations.class);
        context.registerBean(Class.forName("id.sinergi.action.ActionItemRowQuery"));
        context.registerBean(Class.forName("id.sinergi.action.ActionItemReportService"));
        context.registerBean(FilterDescriptions.class,
                () -> new FilterDescriptions(mock(AgencyService.class), mock(MeetingService.class),
                        mock(RegionService.class)));
        context.registerBean(ProgressReportExport.class, () -> new ProgressReportExport(
                context.getBean(id.sinergi.action.ActionItemReportService.class), context.getBean(FilterDescriptions.class),
                mock(AuditService.class), context.getBean(Translations.class), mock(CurrentUser.class),
                mock(UserService.class)));
        context.refresh();
        return context;
    }

    @Configuration
    @EnableTransactionManagement
    static class Transactions {
    }
}
