package id.sinergi.export;

import id.sinergi.Application;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemReportService;
import id.sinergi.action.ItemOrder;
import id.sinergi.base.i18n.Translations;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The export benchmark (issue 8). Run: {@code ./mvnw -q -Pbenchmark test-compile exec:java
 * -Dbenchmark.class=id.sinergi.export.ExportBenchmark}; parts alone: {@code -Dexec.args="writer"}, {@code "db 1000,10000"}.
 * <ol>
 * <li>writer alone, rows in memory: 1k/10k/100k/1M matrix rows vs the bare XML+deflate baseline, warm (median of runs);
 * <li>the same at 100k on a cold JVM (a fresh child JVM per measurement);
 * <li>the whole export from the database (H2 file in target/, rows streamed from one query per order): the progress
 * report and the matrix at 1k/10k/100k/1M items.
 * </ol>
 * The 1,000,000-item report under {@code -Xmx64m} and ten reports at once: {@link SmallHeapExport}.
 */
public final class ExportBenchmark {

    private static final int[] SIZES = {1_000, 10_000, 100_000, 1_000_000};
    private static final int WARM_UP = 6;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        switch (mode) {
            case "cold-writer" -> cold(false, Integer.parseInt(args[1]));
            case "cold-baseline" -> cold(true, Integer.parseInt(args[1]));
            case "db" -> database(args.length > 1 ? sizes(args[1]) : SIZES);
            default -> {
                if (!mode.equals("db")) {
                    writer();
                    coldStart();
                }
                if (!mode.equals("writer")) {
                    database(SIZES);
                }
            }
        }
        System.exit(0);
    }

    private static void writer() throws IOException {
        WriterBenchmark bench = new WriterBenchmark();
        System.out.println("== writer alone (rows in memory), warm ==");
        header();
        for (int size : SIZES) {
            int rounds = size >= 1_000_000 ? 1 : size >= 100_000 ? 5 : 15;
            for (int warm = 0; warm < (size >= 1_000_000 ? 1 : 3); warm++) {
                WriterBenchmark.measure(out -> bench.baseline(size, out));
                WriterBenchmark.measure(out -> bench.export(size, out));
            }
            WriterBenchmark.Measured base = median(rounds, out -> bench.baseline(size, out));
            WriterBenchmark.Measured ours = median(rounds, out -> bench.export(size, out));
            print("baseline (bare XML + deflate)", size, base, null);
            print("export writer (matrix, styled)", size, ours, base);
        }
    }

    private static void cold(boolean baseline, int size) throws IOException {
        WriterBenchmark bench = new WriterBenchmark();
        WriterBenchmark.Measured m = WriterBenchmark.measure(out -> {
            if (baseline) {
                bench.baseline(size, out);
            } else {
                bench.export(size, out);
            }
        });
        System.out.println("RESULT " + m.nanos() + " " + m.peakHeapBytes() + " " + m.fileBytes());
    }

    private static void coldStart() throws IOException, InterruptedException {
        System.out.println("== writer alone, cold JVM (first run in a fresh JVM), 100,000 rows ==");
        header();
        WriterBenchmark.Measured base = child(List.of(), "cold-baseline", 100_000);
        WriterBenchmark.Measured ours = child(List.of(), "cold-writer", 100_000);
        print("baseline, cold", 100_000, base, null);
        print("export writer, cold", 100_000, ours, base);
    }

    private static void database(int[] sizes) throws IOException {
        System.setProperty("server.port", "0");
        System.setProperty("logging.level.root", "warn");
        System.setProperty("sinergi.demo", "false");
        if (System.getProperty("spring.datasource.url") == null) {
            System.setProperty("spring.datasource.url", "jdbc:h2:file:./target/benchmark/export-"
                    + System.currentTimeMillis() + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE;CACHE_SIZE="
                    + System.getProperty("h2.cache", "131072")); // the app's default page cache (application.properties)
        }
        WriterBenchmark bench = new WriterBenchmark();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run()) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", null, List.of(new SimpleGrantedAuthority("ROLE_LEADERSHIP"))));
            BenchmarkData data = new BenchmarkData(context.getBean(JdbcTemplate.class));
            ProgressReportExport report = context.getBean(ProgressReportExport.class);
            ActionPlanExport matrix = context.getBean(ActionPlanExport.class);
            ActionItemReportService items = context.getBean(ActionItemReportService.class);
            System.out.println("== whole export from the database (H2 file; rows streamed, one query per order) ==");
            header();
            for (int size : sizes) {
                long started = System.nanoTime();
                data.growTo(size);
                System.out.printf("(%,d items in the database; inserting took %d s)%n", size,
                        (System.nanoTime() - started) / 1_000_000_000);
                int rounds = size >= 1_000_000 ? 1 : size >= 100_000 ? 5 : 7;
                WriterBenchmark.Write matrixExport = out -> matrix.write(ActionItemFilter.ALL, Translations.INDONESIAN,
                        out);
                WriterBenchmark.Write reportExport = out -> report.write(ProgressReportFilter.ALL,
                        Translations.INDONESIAN, out);
                WriterBenchmark.Write matrixRows = out -> items.forEach(ActionItemFilter.ALL, null,
                        ItemOrder.BY_STRATEGY, false, row -> { });
                WriterBenchmark.Write reportRows = out -> items.forEach(ActionItemFilter.ALL, null,
                        ItemOrder.BY_DUE_DATE, true, row -> { });
                if (size < 1_000_000) {
                    warmUp(List.of(matrixExport, reportExport, matrixRows, reportRows));
                }
                WriterBenchmark.Measured base = median(rounds, out -> bench.baseline(size, out));
                print("baseline (bare XML + deflate)", size, base, null);
                print("matrix rows read alone (no xlsx)", size, median(rounds, matrixRows), base);
                print("report rows read alone (no xlsx)", size, median(rounds, reportRows), base);
                WriterBenchmark.Measured matrixTime = median(rounds, matrixExport);
                print("action plan matrix from DB", size, matrixTime, base);
                WriterBenchmark.Measured reportTime = median(rounds, reportExport);
                print("progress report from DB (4 sheets)", size, reportTime, base);
                ownFloor("matrix", size, rounds, matrixExport, matrixTime);
                ownFloor("progress report", size, rounds, reportExport, reportTime);
            }
        }
    }

    /**
     * The export against its own floor: the very cells it wrote (every sheet, read back from its file) as bare XML
     * through java.util.zip ({@link OwnCells}), timed in the same run.
     */
    private static void ownFloor(String name, int size, int rounds, WriterBenchmark.Write export,
                                 WriterBenchmark.Measured exportTime) throws IOException {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        export.to(file);
        OwnCells cells = OwnCells.of(file.toByteArray());
        WriterBenchmark.Measured floor = median(rounds, cells::write);
        System.out.printf("  %s's own cells (%,d) as bare XML + deflate: %,.0f ms; the export %,.0f ms = %.2fx%n",
                name, cells.cellCount(), floor.millis(), exportTime.millis(), (double) exportTime.nanos() / floor.nanos());
    }

    private static int[] sizes(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static WriterBenchmark.Measured median(int rounds, WriterBenchmark.Write write) throws IOException {
        List<WriterBenchmark.Measured> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            runs.add(WriterBenchmark.measure(write));
        }
        runs.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        return runs.get(rounds / 2);
    }

    /**
     * Runs each export and each reading alone {@value #WARM_UP} times before anything is measured, and prints how long
     * each took the first time: H2's query code (it runs inside this JVM) reaches its compiled speed only after several
     * passes over the rows (a probe of the report's query read 150,000 rows in 1,150 ms the first time, about 500 ms
     * in the next four and 160-190 ms from the sixth on), so a median of the first runs measures the JIT, not the export.
     */
    private static void warmUp(List<WriterBenchmark.Write> writes) throws IOException {
        long[] first = new long[writes.size()];
        for (int round = 0; round < WARM_UP; round++) {
            for (int i = 0; i < writes.size(); i++) {
                long nanos = WriterBenchmark.measure(writes.get(i)).nanos();
                first[i] = round == 0 ? nanos : first[i];
            }
        }
        System.out.printf("(warm-up: %d runs of each; the first took: matrix %,d ms, report %,d ms, matrix rows read "
                + "alone %,d ms, report rows read alone %,d ms)%n", WARM_UP, first[0] / 1_000_000, first[1] / 1_000_000,
                first[2] / 1_000_000, first[3] / 1_000_000);
    }

    /** Runs this class in a fresh JVM; prints its output and returns its RESULT line, if any. */
    private static WriterBenchmark.Measured child(List<String> jvmOptions, String mode, int size)
            throws IOException, InterruptedException {
        WriterBenchmark.Measured result = null;
        for (String line : Child.run(jvmOptions, ExportBenchmark.class, mode, String.valueOf(size))) {
            if (line.startsWith("RESULT ")) {
                long[] v = Arrays.stream(line.substring(7).trim().split(" ")).mapToLong(Long::parseLong).toArray();
                result = new WriterBenchmark.Measured(v[0], v[1], v[2]);
            } else if (!mode.startsWith("cold")) {
                System.out.println(line);
            }
        }
        return result;
    }

    static void header() {
        System.out.printf("%-36s %10s %10s %12s %10s %10s %6s%n", "what", "rows", "ms", "rows/s", "peak heap", "file",
                "x base");
    }

    static void print(String what, int rows, WriterBenchmark.Measured m, WriterBenchmark.Measured base) {
        if (m == null) {
            System.out.printf("%-36s %,10d   (no result)%n", what, rows);
            return;
        }
        System.out.printf("%-36s %,10d %,10.0f %,12.0f %8.0f MB %7.1f MB %6s%n", what, rows, m.millis(),
                rows / (m.nanos() / 1e9), m.peakHeapBytes() / 1048576.0, m.fileBytes() / 1048576.0,
                base == null ? "" : String.format("%.2f", (double) m.nanos() / base.nanos()));
    }
}
