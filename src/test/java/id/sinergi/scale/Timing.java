package id.sinergi.scale;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Runs a query repeatedly and keeps the median and 95th percentile. The run number is handed to the query so it can vary
 * its parameters (H2 would otherwise hand back a cached result). Slow queries get fewer runs.
 */
record Timing(double median, double p95, int runs) {

    static final int WARM_UP = 2;
    /** The run numbers of the warm-up runs start here. */
    static final int WARM_UP_FIRST = 1_000;
    static final int RUNS = 15;
    static final int SLOW_RUNS = 3;
    static final double SLOW_MS = 1_000;

    static Timing of(IntFunction<Object> query) {
        double slowest = 0;
        for (int i = 0; i < WARM_UP; i++) {
            long start = System.nanoTime();
            query.apply(WARM_UP_FIRST + i);
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1e6);
        }
        int runs = slowest > SLOW_MS ? SLOW_RUNS : RUNS;
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            query.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Timing(millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], runs);
    }

    /** A printed row; {@code raw} null when plain SQL was not measured ("-"). */
    static String row(String label, Timing app, Timing raw) {
        return raw == null
                ? String.format(Locale.ROOT, "%-48s %9.1f %9.1f %9s %9s %6s", label, app.median, app.p95, "-", "-", "-")
                : String.format(Locale.ROOT, "%-48s %9.1f %9.1f %9.1f %9.1f %6.2f", label, app.median, app.p95,
                        raw.median, raw.p95, app.median / raw.median);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-48s %9s %9s %9s %9s %6s", "query", "app p50", "app p95", "sql p50", "sql p95",
                "ratio");
    }
}
