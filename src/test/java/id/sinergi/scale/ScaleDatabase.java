package id.sinergi.scale;

import id.sinergi.AppProperties;
import id.sinergi.Application;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database the scale tools work on, chosen by system properties: {@code -Dscale.db=h2} (default, an H2 file database
 * under {@code ./data-scale/}) or {@code -Dscale.db=postgres} ({@code jdbc:postgresql://localhost:5432/sinergi_scale},
 * user and password {@code sinergi}); {@code -Dscale.url}, {@code -Dscale.user}, {@code -Dscale.password} override them.
 */
record ScaleDatabase(String url, String user, String password, Path dataDir) {

    /** The password of every account the generator creates (never used outside generated scale databases). */
    static final String PASSWORD = "sinergi-skala-2025";

    static ScaleDatabase fromSystemProperties() {
        boolean postgres = "postgres".equals(System.getProperty("scale.db", "h2"));
        Path dataDir = Path.of(System.getProperty("scale.data-dir", "data-scale")).toAbsolutePath();
        String url = System.getProperty("scale.url", postgres ? "jdbc:postgresql://localhost:5432/sinergi_scale"
                : AppProperties.resolved("application.properties", "spring.datasource.url",
                        Map.of("sinergi.data-dir", dataDir.toString()))); // the app's own H2 URL and settings
        String user = System.getProperty("scale.user", postgres ? "sinergi" : "sa");
        String password = System.getProperty("scale.password", postgres ? "sinergi" : "");
        return new ScaleDatabase(url, user, password, dataDir);
    }

    /**
     * The same database for the generator's bulk load: on H2 (unless {@code -Dscale.url} names one) the app's URL
     * without its write delay, cache and compaction settings, so H2 keeps its own. With the app's {@code WRITE_DELAY=0}
     * and 128 MB cache the load grew the file to 33 GB by 800,000 items and then failed; with H2's own, 6.5 GB for the
     * whole load (decision 0015). The benchmarks read it with the app's URL.
     */
    ScaleDatabase forBulkLoad() {
        if (postgres() || System.getProperty("scale.url") != null) {
            return this;
        }
        return new ScaleDatabase(url.replaceAll(";(WRITE_DELAY|CACHE_SIZE|AUTO_COMPACT_FILL_RATE)=[^;]*", ""), user,
                password, dataDir);
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    String label() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    /** The application's settings for this database; {@code port} 0 = a random free port. */
    Map<String, Object> appProperties(int port) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("sinergi.data-dir", dataDir.toString());
        properties.put("sinergi.demo", "false");
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        if (postgres()) {
            properties.put("spring.profiles.active", "postgres"); // as production runs: its session settings too
        }
        return properties;
    }

    /** Starts the whole application (Flyway first) on this database. */
    ConfigurableApplicationContext start(int port, Map<String, Object> extra) {
        Map<String, Object> properties = appProperties(port);
        properties.putAll(extra);
        // as command-line arguments: they win over application.properties (builder properties would not)
        return new SpringApplicationBuilder(Application.class).run(properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
