package id.sinergi.scale;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test from a second process on loopback against a running app on the scale database: for each level
 * ({@code -Dscale.users=10,50,200}) that many users at once, each repeating (at most {@code -Dscale.seconds}, default 20,
 * and at most 30 rounds): log in, open the action items list (count + first page built on the server), open one
 * action item's page. Prints throughput, p50/p95/p99 per step and the errors (there must be none).
 * <pre>-Dscale.base=http://127.0.0.1:8080 -Dscale.items=1000000</pre>
 */
public final class LoadTest {

    private static final int MAX_ROUNDS = 30;
    private static final List<String> STEPS = List.of("login", "open list", "open item");

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("scale.base", "http://127.0.0.1:8080");
        long items = Long.getLong("scale.items", 1_000_000L);
        int seconds = Integer.getInteger("scale.seconds", 20);
        System.out.printf("Load test against %s, %d cores here (shared with the app)%n", base,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%6s %8s %10s %-10s %8s %8s %8s %8s%n", "users", "rounds", "steps/s", "step", "p50 ms",
                "p95 ms", "p99 ms", "errors");
        for (String level : System.getProperty("scale.users", "10,50,200").split(",")) {
            run(base, Integer.parseInt(level.trim()), items, seconds);
        }
    }

    private static void run(String base, int users, long items, int seconds) throws InterruptedException {
        HttpClient client = HttpUser.client();
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        STEPS.forEach(step -> times.put(step, new ConcurrentLinkedQueue<>()));
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String username = String.format("penghubung.%03d", 1 + u % ScaleOrganisations.LIAISONS);
            threads.add(Thread.ofVirtual().start(() -> {
                for (int round = 0; round < MAX_ROUNDS && System.nanoTime() < deadline; round++) {
                    try {
                        HttpUser user = new HttpUser(client, base);
                        long t = System.nanoTime();
                        if (!user.login(username, ScaleDatabase.PASSWORD)) {
                            throw new IllegalStateException("login refused");
                        }
                        t = lap(times, "login", t);
                        user.open("action-items");
                        t = lap(times, "open list", t);
                        user.open("action-items/" + (1 + ThreadLocalRandom.current().nextLong(items)));
                        lap(times, "open item", t);
                        rounds.incrementAndGet();
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            firstErrors.add(e.toString());
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long steps = times.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        for (String step : STEPS) {
            long[] sorted = times.get(step).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%6d %8d %10.1f %-10s %8.1f %8.1f %8.1f %8d%n", users, rounds.get(),
                    steps / elapsed, step, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), errors.get());
        }
        firstErrors.forEach(e -> System.out.println("  error: " + e));
    }

    private static long lap(Map<String, ConcurrentLinkedQueue<Long>> times, String step, long since) {
        long now = System.nanoTime();
        times.get(step).add(now - since);
        return now;
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
