package id.sinergi.region;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Measures and prints: importing the national list into an empty database, importing it again (nothing changes), and the
 * picker's search latency (median and 95th percentile of repeated queries) with the full list loaded.
 * A fresh in-memory H2 by default; with {@code -Dsinergi.test.database=postgres} a fresh schema in SINERGI_TEST_PG_URL.
 * <pre>./mvnw -q -Pbenchmark test-compile exec:java -Dbenchmark.class=id.sinergi.region.RegionImportBenchmark</pre>
 * An optional argument names another region file.
 */
public final class RegionImportBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 40;

    private record Search(String label, String text, Set<RegionLevel> levels, String area) {
    }

    private static final List<Search> SEARCHES = List.of(
            new Search("name 'pontang'", "pontang", null, null),
            new Search("name 'serang' (many hits)", "serang", null, null),
            new Search("two words 'pontang serang'", "pontang serang", null, null),
            new Search("common 'sukamaju'", "sukamaju", null, null),
            new Search("short 'ja' (very many hits)", "ja", null, null),
            new Search("code '36.04'", "36.04", null, null),
            new Search("code '36.04.12.2001'", "36.04.12.2001", null, null),
            new Search("villages 'sukamaju'", "sukamaju", RegionLevel.VILLAGES, null),
            new Search("villages of 36.04 'pon'", "pon", RegionLevel.VILLAGES, "36.04"),
            new Search("villages of 36.04, no text", "", RegionLevel.VILLAGES, "36.04"),
            new Search("regencies 'bandung'", "bandung", RegionLevel.REGENCIES, null));

    private RegionImportBenchmark() {
    }

    public static void main(String[] args) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path file = args.length > 0 ? Path.of(args[0]) : RegionFiles.NATIONAL_LIST;
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            System.out.printf("Region import benchmark: %s into %s, %d cores%n", file.toAbsolutePath().normalize(),
                    database.dataSource.getJdbcUrl(), Runtime.getRuntime().availableProcessors());
            RegionImport regionImport = database.regionImport(Long.MAX_VALUE);
            StageClock clock = new StageClock();
            long cpu = cpuNanos();
            ImportResult first = regionImport.run(file, null, ImportMode.FULL_EDITION, clock, r -> { });
            System.out.printf("first import: %,7d ms (CPU %,d ms)  %,d rows, %,d added; %s%n", first.duration().toMillis(),
                    (cpuNanos() - cpu) / 1_000_000, first.rows(), first.added(), clock.stages());
            clock = new StageClock();
            cpu = cpuNanos();
            ImportResult again = regionImport.run(file, null, ImportMode.FULL_EDITION, clock, r -> { });
            System.out.printf("re-import:    %,7d ms (CPU %,d ms)  %,d unchanged; %s%n", again.duration().toMillis(),
                    (cpuNanos() - cpu) / 1_000_000, again.unchanged(), clock.stages());

            RegionSearch search = new RegionSearch(new NamedParameterJdbcTemplate(database.dataSource));
            System.out.printf("%nPicker search, limit 50, %d runs each after %d warm-up runs:%n", RUNS, WARM_UP);
            System.out.printf("%-32s %6s %10s %10s %14s%n", "query", "hits", "median ms", "p95 ms", "median CPU ms");
            for (Search s : SEARCHES) {
                measure(search, s);
            }
        }
    }

    /** Milliseconds from the start of each stage to the start of the next (the last one until now). */
    private static final class StageClock implements ImportProgress {
        private final long start = System.nanoTime();
        private final java.util.Map<ImportStage, Long> started = new java.util.EnumMap<>(ImportStage.class);

        StageClock() {
            started.put(ImportStage.READING, start);
        }

        @Override
        public void update(ImportStage stage, long done, long total) {
            started.putIfAbsent(stage, System.nanoTime());
        }

        String stages() {
            long end = System.nanoTime();
            StringBuilder text = new StringBuilder();
            long previous = start;
            ImportStage previousStage = null;
            for (var entry : started.entrySet()) {
                if (previousStage != null) {
                    text.append(previousStage.name().toLowerCase(Locale.ROOT)).append(' ')
                            .append((entry.getValue() - previous) / 1_000_000).append(" ms, ");
                }
                previous = entry.getValue();
                previousStage = entry.getKey();
            }
            return text.append(previousStage == null ? "" : previousStage.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append((end - previous) / 1_000_000).append(" ms").toString();
        }
    }

    private static void measure(RegionSearch search, Search s) {
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        int hits = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            long cpu = cpuNanos();
            RegionQuery query = new RegionQuery(s.text(), s.levels(), s.area(), true);
            hits = search.page(query, query.rankedOrder, 0, 50).size();
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
                cpuMillis.add((cpuNanos() - cpu) / 1e6);
            }
        }
        millis.sort(Double::compare);
        cpuMillis.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-32s %6d %10.1f %10.1f %14.1f%n", s.label(), hits, millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), cpuMillis.get(cpuMillis.size() / 2));
    }

    /** CPU time of this thread, which runs the embedded database too: steadier than wall time on a shared machine. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
