package id.sinergi.region;

import com.zaxxer.hikari.HikariDataSource;
import id.sinergi.FreshDatabase;
import id.sinergi.TestProfiles;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A database of one test's own, with the Flyway schema and no rows: for imports that retire or rename regions, which
 * must not touch the shared test database. An in-memory H2, or in the PostgreSQL run a fresh schema that is dropped after.
 */
final class FreshRegionDatabase implements AutoCloseable {

    private final String schema = "regions_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final HikariDataSource dataSource = FreshDatabase.dataSource(schema);
    final JdbcTemplate jdbc;

    FreshRegionDatabase() {
        Flyway.configure().dataSource(dataSource).schemas(TestProfiles.onPostgres() ? schema : "PUBLIC")
                .locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    RegionImport regionImport(long maxBytes) {
        return new RegionImport(jdbc, new DataSourceTransactionManager(dataSource), maxBytes);
    }

    RegionImport regionImport() {
        return regionImport(20L * 1024 * 1024);
    }

    int count(String where) {
        Integer count = jdbc.queryForObject("select count(*) from region" + (where.isEmpty() ? "" : " where " + where),
                Integer.class);
        return count == null ? 0 : count;
    }

    String pathOf(String code) {
        return jdbc.queryForObject("select display_path from region where code = ?", String.class, code);
    }

    boolean isRetired(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select retired from region where code = ?", Boolean.class, code));
    }

    @Override
    public void close() {
        jdbc.execute(TestProfiles.onPostgres() ? "drop schema " + schema + " cascade" : "shutdown");
        dataSource.close();
    }
}
