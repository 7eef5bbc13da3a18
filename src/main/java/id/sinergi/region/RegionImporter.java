package id.sinergi.region;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Imports the Kemendagri region list (CSV or .xlsx, columns kode,nama): administrators through the regions view,
 * the system itself through the start-up property {@code sinergi.regions.import-file}. One import at a time.
 */
@Service
public class RegionImporter {

    /** Audit events of imports concern the whole region table, recorded under this entity id. */
    public static final String AUDIT_ENTITY_ID = "all";

    private final RegionImport regionImport;
    private final AuditService audit;
    private final long maxFileSize;
    private final ReentrantLock running = new ReentrantLock();

    RegionImporter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditService audit,
                   RegionProperties properties) {
        this.maxFileSize = properties.maxFileSize().toBytes();
        this.regionImport = new RegionImport(jdbc, transactionManager, maxFileSize);
        this.audit = audit;
    }

    /**
     * Imports the whole file or nothing: a result with problems (bad rows with their line numbers) changed nothing.
     *
     * @param fileName the name the user gave the file (its extension tells CSV from .xlsx)
     * @throws BusinessRuleException when the file as a whole is refused (too large, empty, wrong type, encoding, header)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportResult importFile(Path file, String fileName, ImportMode mode, ImportProgress progress) {
        return runAlone(file, fileName, mode, progress);
    }

    /** The largest file accepted, in bytes ({@code sinergi.regions.max-file-size}). */
    public long maxFileSize() {
        return maxFileSize;
    }

    /** For the start-up import only (same package): runs as the system, no user logged in. */
    ImportResult importAsSystem(Path file, ImportMode mode) {
        return runAlone(file, file.getFileName().toString(), mode, ImportProgress.NONE);
    }

    private ImportResult runAlone(Path file, String fileName, ImportMode mode, ImportProgress progress) {
        if (!running.tryLock()) {
            throw new BusinessRuleException("region.import.error.busy");
        }
        try {
            return regionImport.run(file, fileName, mode, progress, result -> audit.record("REGION_IMPORT", "Region", AUDIT_ENTITY_ID,
                    "file: " + fileName + "\nmode: " + mode + "\nrows: " + result.rows() + "\nadded: " + result.added()
                            + "\nupdated: " + result.updated() + "\nretired: " + result.retired()));
        } finally {
            running.unlock();
        }
    }
}
