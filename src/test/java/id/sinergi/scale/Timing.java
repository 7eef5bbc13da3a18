package id.sinergi.scale;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Runs a query repeatedly and keeps the median and 95th percentile. The run number is handed to the query so it can vary
 * its parameters (H2 would otherwise hand back a cached result). Slow queries get fewer runs. The app and
 * plain SQL are measured by turns.
 */
record Timing(double median, double p95, int runs) {

    static final int WARM_UP = 2;
    /** The run numbers of the warm-up runs start here. */
    static final int WARM_UP_FIRST = 1_000;
    static final int RUNS = 15;
    static final int SLOW_RUNS = 3;
    static final double SLOW_MS = 1_000;

    /**
     * The app's query and the same query in plain SQL ({@code sql} may be null), run by turns with the same run
     * number, the one that goes first alternating: measured one after the other, the second found in the database's
     * cache the pages the first had just read for the same parameters (at 1,000,000 items the SQL side of a
     * sub-millisecond count took a third of the app's time for that reason alone).
     */
    static Timing[] of(IntFunction<Object> app, IntFunction<Object> sql) {
        return of(app, sql, RUNS);
    }

    /** The same with {@code runs} runs (fewer when a warm-up run is slow). */
    static Timing[] of(IntFunction<Object> app, IntFunction<Object> sql, int runs) {
        List<IntFunction<Object>> queries = sql == null ? List.of(app) : List.of(app, sql);
        double slowest = 0;
        for (int i = 0; i < WARM_UP; i++) {
            for (IntFunction<Object> query : queries) {
                slowest = Math.max(slowest, millis(query, WARM_UP_FIRST + i));
            }
        }
        runs = slowest > SLOW_MS ? SLOW_RUNS : runs;
        double[][] millis = new double[queries.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int q = 0; q < queries.size(); q++) {
                int which = (q + i) % queries.size();
                millis[which][i] = millis(queries.get(which), i);
            }
        }
        Timing[] timings = new Timing[queries.size()];
        for (int q = 0; q < queries.size(); q++) {
            Arrays.sort(millis[q]);
            timings[q] = new Timing(millis[q][runs / 2], millis[q][(int) Math.ceil(runs * 0.95) - 1], runs);
        }
        return timings;
    }

    private static double millis(IntFunction<Object> query, int run) {
        long start = System.nanoTime();
        query.apply(run);
        return (System.nanoTime() - start) / 1e6;
    }

    /** A printed row; {@code raw} null when plain SQL was not measured ("-"). */
    static String row(String label, Timing app, Timing raw) {
        return raw == null
                ? String.format(Locale.ROOT, "%-48s %9.2f %9.2f %9s %9s %6s", label, app.median, app.p95, "-", "-", "-")
                : String.format(Locale.ROOT, "%-48s %9.2f %9.2f %9.2f %9.2f %6.2f", label, app.median, app.p95,
                        raw.median, raw.p95, app.median / raw.median);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-48s %9s %9s %9s %9s %6s", "query", "app p50", "app p95", "sql p50", "sql p95",
                "ratio");
    }
}
