package id.sinergi.backup;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consistent online backups of the embedded H2 file database (H2's {@code BACKUP TO}, safe while the app runs).
 * Restore: stop Sinergi, unzip the backup into the data directory (it holds {@code sinergi.mv.db}), start again.
 * On PostgreSQL, backups are pg_dump's job (docs/deployment.md).
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final Path backupDir;
    private final String jdbcUrl;
    private final AuditService audit;
    private final TransactionTemplate transaction;

    BackupService(DataSource dataSource, @Value("${spring.datasource.url}") String jdbcUrl,
                  @Value("${sinergi.backup-dir:${sinergi.data-dir}/backups}") Path backupDir,
                  AuditService audit, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        this.backupDir = backupDir;
        this.audit = audit;
        this.transaction = transaction;
    }

    /** Only an embedded H2 file database can be backed up from inside the app. */
    public boolean isSupported() {
        return jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:./") || jdbcUrl.startsWith("jdbc:h2:~");
    }

    public Path backupDirectory() {
        return backupDir;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Path createBackup() {
        if (!isSupported()) {
            throw new BusinessRuleException("backup.error.unsupported");
        }
        try {
            Files.createDirectories(backupDir);
            Path target = backupDir.resolve("sinergi-backup-" + LocalDateTime.now(Clock.systemDefaultZone()).format(STAMP)
                    + ".zip").toAbsolutePath();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            transaction.executeWithoutResult(s -> audit.record("BACKUP", "Database", null, target.getFileName().toString()));
            return target;
        } catch (IOException | SQLException e) {
            throw new BusinessRuleException("backup.error.failed", e.getMessage());
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Path> listBackups() {
        if (!Files.isDirectory(backupDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupDir)) {
            return files.filter(p -> p.getFileName().toString().matches("sinergi-backup-\\d{8}-\\d{6}\\.zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        } catch (IOException e) {
            throw new BusinessRuleException("backup.error.failed", e.getMessage());
        }
    }
}
