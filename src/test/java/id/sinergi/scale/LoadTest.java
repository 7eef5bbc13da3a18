package id.sinergi.scale;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test from a second process on loopback against a running app on the scale database. For each level
 * ({@code -Dscale.users=10,50,200}) that many liaisons at once (each their own account and agency), each repeating for
 * at most {@code -Dscale.seconds} (default 60) and {@code -Dscale.rounds} rounds (default 5), as a browser would:
 * log in; open the action items list of their agency (count and first page built on the server); scroll its grid three
 * times (the grid's own viewport requests); open one of their agency's open items and save a progress update (the form's
 * fields and its button, through Vaadin's client protocol, {@link VaadinUi}); export the list's action plan matrix (a
 * background export that the client polls for, then downloads). Prints throughput, p50/p95/p99 per step and the errors
 * (there must be none), and checks in the database that every save the app confirmed is there.
 * <pre>-Dscale.base=http://127.0.0.1:8080 -Dscale.db=postgres</pre>
 * Reads the liaisons' agencies and open items from the database first; the progress updates it saves stay there
 * (narrative "Uji beban ...").
 */
public final class LoadTest {

    private static final List<String> STEPS = List.of("login", "open list", "scroll", "open item", "save progress",
            "export");
    static final String NARRATIVE = "Uji beban: koordinasi lanjutan dengan pemerintah desa";
    /** The confirmation the app shows after a save, in Indonesian and in English (every fifth liaison reads English). */
    private static final List<String> SAVED = List.of("Laporan progres tersimpan", "Progress update saved");

    private LoadTest() {
    }

    /** A liaison's account, agency and some of its agency's open items. */
    record Liaison(String username, long agencyId, long items, List<Long> openItems) {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("scale.base", "http://127.0.0.1:8080");
        int seconds = Integer.getInteger("scale.seconds", 60);
        int rounds = Integer.getInteger("scale.rounds", 5);
        ScaleDatabase database = ScaleDatabase.fromSystemProperties();
        List<Liaison> liaisons = liaisons(database);
        System.out.printf("Load test against %s (%s), %d liaisons with open items, %d cores here (shared with the app)%n",
                base, database.label(), liaisons.size(), Runtime.getRuntime().availableProcessors());
        System.out.printf("%6s %8s %10s %-14s %8s %8s %8s %8s%n", "users", "rounds", "steps/s", "step", "p50 ms",
                "p95 ms", "p99 ms", "errors");
        for (String level : System.getProperty("scale.users", "10,50,200").split(",")) {
            int users = Integer.parseInt(level.trim());
            if (users > liaisons.size()) {
                throw new IllegalArgumentException(users + " users but only " + liaisons.size() + " liaisons");
            }
            long before = savedUpdates(database);
            int saved = run(base, liaisons.subList(0, users), seconds, rounds);
            long after = savedUpdates(database);
            System.out.printf("  %d saves confirmed by the app, %d new updates in the database%s%n", saved,
                    after - before, saved == after - before ? "" : "  <-- MISMATCH");
        }
    }

    private static int run(String base, List<Liaison> liaisons, int seconds, int maxRounds) throws InterruptedException {
        HttpClient client = HttpUser.client();
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        STEPS.forEach(step -> times.put(step, new ConcurrentLinkedQueue<>()));
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger saves = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (Liaison liaison : liaisons) {
            threads.add(Thread.ofVirtual().start(() -> {
                for (int round = 0; round < maxRounds && System.nanoTime() < deadline; round++) {
                    try {
                        new LiaisonRound(client, base, liaison, round, times, saves).run();
                        rounds.incrementAndGet();
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            firstErrors.add(liaison.username() + ": " + e);
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
            System.out.printf(Locale.ROOT, "%6d %8d %10.1f %-14s %8.1f %8.1f %8.1f %8d%n", liaisons.size(),
                    rounds.get(), steps / elapsed, step, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                    errors.get());
        }
        firstErrors.forEach(e -> System.out.println("  error: " + e));
        return saves.get();
    }

    /** One round of one liaison: the six steps, each timed. */
    private record LiaisonRound(HttpClient client, String base, Liaison liaison, int round,
                                Map<String, ConcurrentLinkedQueue<Long>> times, AtomicInteger saves) {

        void run() throws Exception {
            HttpUser user = new HttpUser(client, base);
            long t = System.nanoTime();
            if (!user.login(liaison.username(), ScaleDatabase.PASSWORD)) {
                throw new IllegalStateException("login refused");
            }
            t = lap("login", t);
            VaadinUi list = VaadinUi.open(user, "action-items?agency=" + liaison.agencyId());
            t = lap("open list", t);
            int grid = list.node("items-grid");
            for (long wanted : new long[] {50, 300, 1_000}) {
                long start = Math.max(0, Math.min(wanted, liaison.items() - 50));
                String rows = list.send(VaadinUi.call(grid, "setViewportRange", start, 50));
                if (!rows.contains("$connector.set") || !rows.contains("\"key\"")) {
                    throw new IllegalStateException("no rows from " + start + " arrived");
                }
            }
            t = lap("scroll", t);
            long itemId = liaison.openItems().get(round % liaison.openItems().size());
            VaadinUi item = VaadinUi.open(user, "action-items/" + itemId);
            t = lap("open item", t);
            String answer = item.send(
                    VaadinUi.sync(item.node("progress-narrative"), "value", NARRATIVE + " (putaran " + (round + 1) + ")"),
                    VaadinUi.event(item.node("progress-send"), "click"));
            if (SAVED.stream().noneMatch(answer::contains)) {
                throw new IllegalStateException("item " + itemId + ": the progress update was not confirmed: "
                        + answer.substring(0, Math.min(answer.length(), Integer.getInteger("scale.shown", 200))));
            }
            saves.incrementAndGet();
            t = lap("save progress", t);
            export(user, list);
            lap("export", t);
        }

        /** The matrix of the list's filter: the button, then polls (as push would deliver) until the file is offered. */
        private static void export(HttpUser user, VaadinUi list) throws Exception {
            list.send(VaadinUi.event(list.node("export-matrix"), "click"));
            long giveUp = System.nanoTime() + 120_000_000_000L;
            while (!list.has("export-download")) {
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("the export was not ready within 120 s");
                }
                Thread.sleep(200);
                list.send();
            }
            var href = list.attribute("export-download", "href");
            String path = href.isObject() ? href.values().iterator().next().asString() : href.asString();
            user.download(path);
        }

        private long lap(String step, long since) {
            long now = System.nanoTime();
            times.get(step).add(now - since);
            return now;
        }
    }

    /** Liaisons whose agency has open items, each with up to ten of them (read before the test, not timed). */
    static List<Liaison> liaisons(ScaleDatabase database) throws SQLException {
        List<Liaison> liaisons = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.prepareStatement("""
                     select u.username, u.agency_id, (select array_agg(i.id) from (select id from action_item
                         where responsible_agency_id = u.agency_id and status in ('NOT_STARTED', 'IN_PROGRESS')
                         order by id limit 10) i) as items,
                       (select count(*) from action_item where responsible_agency_id = u.agency_id) as all_items
                     from app_user u where u.username like 'penghubung.%' order by u.username""")) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    java.sql.Array items = rows.getArray(3);
                    if (items != null) {
                        List<Long> ids = new ArrayList<>();
                        for (Object id : (Object[]) items.getArray()) {
                            ids.add(((Number) id).longValue());
                        }
                        liaisons.add(new Liaison(rows.getString(1), rows.getLong(2), rows.getLong(4), ids));
                    }
                }
            }
        }
        return liaisons;
    }

    private static long savedUpdates(ScaleDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             var statement = connection.prepareStatement("select count(*) from progress_update where narrative like ?")) {
            statement.setString(1, NARRATIVE + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
