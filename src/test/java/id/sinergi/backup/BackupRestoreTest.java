package id.sinergi.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import id.sinergi.audit.AuditService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A backup taken while the database is in use restores, by the documented procedure, to exactly its state. */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private static JdbcDataSource h2(Path dir) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("sinergi").toAbsolutePath());
        dataSource.setUser("sa");
        return dataSource;
    }

    @Test
    void backup_of_a_running_database_restores_by_unzipping_into_the_data_directory() throws Exception {
        JdbcDataSource live = h2(temp.resolve("data"));
        Flyway.configure().dataSource(live).locations("classpath:db/migration").load().migrate();
        JdbcTemplate liveJdbc = new JdbcTemplate(live);
        liveJdbc.update("insert into region (code, name, level) values ('36', 'Banten', 'PROVINCE')");
        // keep a connection open, as the running app does
        try (var ignored = live.getConnection()) {
            BackupService service = new BackupService(live, "jdbc:h2:file:./data/sinergi", temp.resolve("backups"),
                    mock(AuditService.class), new TransactionTemplate(new DataSourceTransactionManager(live)));
            Path backup = service.createBackup();
            liveJdbc.update("insert into region (code, name, level) values ('61', 'Kalimantan Barat', 'PROVINCE')");

            assertThat(backup.getFileName().toString()).matches("sinergi-backup-\\d{8}-\\d{6}\\.zip");
            assertThat(service.listBackups()).containsExactly(backup);

            Path restored = temp.resolve("restored");
            unzip(backup, restored);
            JdbcTemplate restoredJdbc = new JdbcTemplate(h2(restored));
            assertThat(restoredJdbc.queryForList("select name from region order by code", String.class))
                    .containsExactly("Banten");
            assertThat(restoredJdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\"", Integer.class))
                    .isPositive();
        }
    }

    @Test
    void an_in_memory_or_postgresql_database_is_not_backed_up_from_the_app() {
        BackupService service = new BackupService(h2(temp), "jdbc:postgresql://db/sinergi", temp, mock(AuditService.class),
                null);
        assertThat(service.isSupported()).isFalse();
    }

    /** The documented restore: unzip the backup into the (stopped) app's data directory. */
    private static void unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(dir)).as("entry stays inside the data directory").isTrue();
                Files.copy(entries, target);
            }
        }
    }
}
