package id.sinergi.scale;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Heap per user session. Starts the app on the scale database in this JVM, or measures a running app such as the packaged
 * jar in production mode ({@code -Dscale.pid=<its pid> -Dscale.base=http://127.0.0.1:8081}, heap read with jcmd). Logs in
 * {@code -Dscale.sessions} users (default 1,000; eight at a time) over HTTP on loopback as the leader {@code pimpinan.skala}
 * ({@code -Dscale.username=liaisons}: the liaisons instead) and opens in each session, each in its own UI as in two
 * browser tabs, the action items list and the dashboard ({@code -Dscale.routes}, default {@code action-items,}; the empty
 * route is the dashboard; {@code action-items>} opens the list and then the dashboard from the menu in the same UI, as one
 * tab does). Views are built as in a browser: Vaadin builds a view on the client router's navigation event,
 * not at the UI's initialisation; a next message follows, as the browser's does. Then it forces garbage collection and
 * prints the heap growth per session. Run: see docs/performance.md.
 */
public final class SessionMemory {

    private SessionMemory() {
    }

    public static void main(String[] args) throws Exception {
        String pid = System.getProperty("scale.pid");
        if (pid != null) { // a running app, e.g. the packaged jar in production mode, measured with jcmd
            measure(System.getProperty("scale.base", "http://127.0.0.1:8080"), () -> heapOf(pid), "app process " + pid);
            return;
        }
        ScaleDatabase database = ScaleDatabase.fromSystemProperties();
        try (ConfigurableApplicationContext app = database.start(0, Map.of("server.servlet.session.timeout", "60m"))) {
            measure("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"),
                    SessionMemory::heapAfterGc, database.label() + ", app in this JVM");
        }
    }

    /** The heap in use after full collections. */
    private interface Heap {
        long used() throws Exception;
    }

    private static void measure(String base, Heap heap, String label) throws Exception {
        int sessions = Integer.getInteger("scale.sessions", 1_000);
        List<String> routes = List.of(System.getProperty("scale.routes", "action-items,").split(",", -1));
        HttpClient client = HttpUser.client();
        List<HttpUser> users = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // warm-up: classes, caches, connection pool; these sessions count in the baseline
            users.add(open(client, base, i, routes));
        }
        long before = heap.used();
        long started = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<HttpUser>> opened = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                int n = i;
                opened.add(pool.submit(() -> open(client, base, n, routes)));
            }
            for (var user : opened) {
                users.add(user.get());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long after = heap.used();
        System.out.printf("%s: %,d sessions with %s open (%.1f s to log in and open): heap after GC %,d KB -> %,d KB,"
                + " %,.1f KB per session%n", label, sessions, routes, seconds, before / 1024, after / 1024,
                (after - before) / 1024.0 / sessions);
        System.out.println("kept alive until now: " + users.size() + " users");
    }

    /** Heap used by another JVM after four full collections, read with the JDK's jcmd. */
    private static long heapOf(String pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int i = 0; i < 4; i++) {
            run(jcmd, pid, "GC.run");
            Thread.sleep(300);
        }
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run(jcmd, pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd " + pid + " GC.heap_info gave no heap figure");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }

    private static HttpUser open(HttpClient client, String base, int i, List<String> routes) throws Exception {
        HttpUser user = new HttpUser(client, base);
        String username = System.getProperty("scale.username", "pimpinan.skala");
        if (username.equals("liaisons")) {
            username = String.format("penghubung.%03d", 1 + i % ScaleOrganisations.LIAISONS);
        }
        if (!user.login(username, ScaleDatabase.PASSWORD)) {
            throw new IllegalStateException("login refused for " + username);
        }
        for (String tab : routes) { // each in its own UI, as in browser tabs: all stay in the session
            String[] views = tab.split(">", -1); // "a>b": b opened from a's menu in the same tab, a dropped
            VaadinUi ui = VaadinUi.open(user, views[0]);
            for (int v = 1; v < views.length; v++) {
                ui.navigate(views[v]);
            }
            ui.send(); // a next message, as the browser's, clears the response Vaadin keeps for a resend; the
                       // client's own state is dropped
        }
        return user;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
