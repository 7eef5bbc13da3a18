package id.sinergi.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * At start, waits for an unreachable database (PostgreSQL restarting, network not yet up) with a clear console message
 * instead of failing with a stack trace; gives up after {@code sinergi.db.wait-seconds} (default 120) with one clear line.
 * Once running, the connection pool reconnects by itself when the database returns.
 */
public class DatabaseWait implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseWait.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:")) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        Duration patience = Duration.ofSeconds(environment.getProperty("sinergi.db.wait-seconds", Long.class, 120L));
        if (!waitFor(url, user, password, patience)) {
            LOG.error("The database at {} could not be reached for {} s. Sinergi stops; start it again once the database"
                    + " is up.", url, patience.toSeconds());
            System.exit(3);
        }
    }

    /** True as soon as a connection opens; false when none opened within the patience. */
    static boolean waitFor(String url, String user, String password, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(url, user, password)) {
                return true;
            } catch (SQLException e) {
                if (!Instant.now().plus(RETRY).isBefore(deadline)) {
                    LOG.warn("The database at {} cannot be reached ({}).", url, e.getMessage());
                    return false;
                }
                LOG.warn("The database at {} cannot be reached ({}); trying again in {} s.", url, e.getMessage(),
                        RETRY.toSeconds());
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
