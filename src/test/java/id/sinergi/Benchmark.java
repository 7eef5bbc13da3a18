package id.sinergi;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.Supplier;

/** Timing for the benchmark main classes: a few warm-up runs, then the median and maximum of the measured runs. */
public final class Benchmark {

    private Benchmark() {
    }

    public static void measure(String what, int rounds, Supplier<Object> query) {
        measure(System.out, what, rounds, query);
    }

    /** Prints "what  median ... ms  max ... ms" to {@code out} and returns the median in milliseconds. */
    public static double measure(PrintStream out, String what, int rounds, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            query.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double median = times[rounds / 2] / 1e6;
        out.printf("%-36s median %8.2f ms   max %8.2f ms%n", what, median, times[rounds - 1] / 1e6);
        return median;
    }
}
