package id.sinergi;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A connection pool to a database of one test's own: an in-memory H2, or in the PostgreSQL run the given schema of the
 * PostgreSQL in {@code SINERGI_TEST_PG_URL} (the caller creates the schema through Flyway and drops it afterwards).
 */
public final class FreshDatabase {

    private FreshDatabase() {
    }

    public static HikariDataSource dataSource(String schema) {
        HikariDataSource dataSource = new HikariDataSource();
        if (TestProfiles.onPostgres()) {
            String url = System.getenv(PostgresAvailable.URL_VARIABLE);
            dataSource.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            dataSource.setUsername(System.getenv().getOrDefault("SINERGI_TEST_PG_USER", "sinergi"));
            dataSource.setPassword(System.getenv().getOrDefault("SINERGI_TEST_PG_PASSWORD", "sinergi"));
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
            dataSource.setUsername("sa");
        }
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
