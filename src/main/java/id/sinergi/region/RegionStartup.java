package id.sinergi.region;

import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.i18n.Translations;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: gives older rows their display path, then imports {@code sinergi.regions.import-file} when set (unattended
 * setups), logging the result. A refused file is logged with its bad rows and the application starts anyway.
 * Runs before the demo data, which then finds its regions already there.
 */
@Component
@Order(5)
class RegionStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RegionStartup.class);
    private static final int PROBLEMS_LOGGED = 20;

    private final RegionImporter importer;
    private final RegionProperties properties;
    private final Translations translations;
    private final RegionTable table;
    private final TransactionTemplate transaction;

    RegionStartup(RegionImporter importer, RegionProperties properties, Translations translations, JdbcTemplate jdbc,
                  PlatformTransactionManager transactionManager) {
        this.importer = importer;
        this.properties = properties;
        this.translations = translations;
        this.table = new RegionTable(jdbc);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer filled = transaction.execute(status -> table.fillMissingPaths());
        if (filled != null && filled > 0) {
            LOG.info("Display paths computed for {} regions", filled);
        }
        Path file = properties.importFile();
        if (file != null) {
            importAtStart(file);
        }
    }

    void importAtStart(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.error("Region import skipped: {} is not a readable file (sinergi.regions.import-file)", file.toAbsolutePath());
            return;
        }
        LOG.info("Importing regions from {} ({})", file.toAbsolutePath(), properties.importMode());
        try {
            ImportResult result = importer.importAsSystem(file, properties.importMode());
            if (result.imported()) {
                LOG.info("Regions imported from {} in {} ms: {} rows, {} added, {} updated, {} retired, {} unchanged",
                        file.getFileName(), result.duration().toMillis(), result.rows(), result.added(), result.updated(),
                        result.retired(), result.unchanged());
            } else {
                LOG.error("Region import refused, nothing changed: {} bad rows in {}", result.problemCount(), file);
                result.problems().stream().limit(PROBLEMS_LOGGED).forEach(p -> LOG.error("  line {}: {}", p.line(),
                        translations.getTranslation(p.messageKey(), Translations.ENGLISH, p.arguments().toArray())));
            }
        } catch (BusinessRuleException e) {
            LOG.error("Region import refused, nothing changed: {}",
                    translations.getTranslation(e.messageKey(), Translations.ENGLISH, e.arguments()));
        }
    }
}
