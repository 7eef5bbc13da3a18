package id.sinergi.region;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import itself, free of security and Spring beans so that tests and the benchmark can run it on a database of
 * their own: read the file, check every row, then write everything in one transaction or nothing at all.
 */
final class RegionImport {

    private final RegionTable table;
    private final TransactionTemplate transaction;
    private final long maxBytes;

    RegionImport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, long maxBytes) {
        this.table = new RegionTable(jdbc);
        this.transaction = new TransactionTemplate(transactionManager);
        this.maxBytes = maxBytes;
    }

    /**
     * @param beforeCommit runs inside the transaction once the rows are written (e.g. to record an audit event)
     * @throws id.sinergi.base.BusinessRuleException when the file as a whole cannot be read (size, type, encoding, header)
     */
    ImportResult run(Path file, String fileName, ImportMode mode, ImportProgress progress,
                     Consumer<ImportResult> beforeCommit) {
        long start = System.nanoTime();
        List<RegionRow> rows = RegionFileReader.read(file, fileName, maxBytes, progress);
        ImportResult result = transaction.execute(status -> {
            Map<String, RegionTable.Stored> stored = table.loadAll();
            progress.update(ImportStage.CHECKING, 0, rows.size());
            List<ImportProblem> problems = RegionRowChecker.check(rows, stored, mode);
            if (!problems.isEmpty()) {
                return ImportResult.refused(rows.size(), problems, Duration.ZERO);
            }
            ImportResult written = write(rows, stored, mode, progress);
            beforeCommit.accept(written);
            return written;
        });
        return result.took(Duration.ofNanos(System.nanoTime() - start));
    }

    private ImportResult write(List<RegionRow> rows, Map<String, RegionTable.Stored> stored, ImportMode mode,
                               ImportProgress progress) {
        Map<String, String> names = new HashMap<>(stored.size() + rows.size());
        stored.forEach((code, region) -> names.put(code, region.name()));
        Set<String> inFile = new HashSet<>(rows.size() * 2);
        for (RegionRow row : rows) {
            names.put(row.code(), row.name());
            inFile.add(row.code());
        }
        List<RegionTable.Entry> inserts = new ArrayList<>();
        List<RegionTable.Entry> updates = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (RegionRow row : rows) {
            RegionTable.Stored before = stored.get(row.code());
            boolean renamed = before == null || !before.name().equals(row.name());
            RegionTable.Entry entry = entry(row.code(), row.name(), false, names, renamed);
            if (before == null) {
                inserts.add(entry);
            } else if (renamed || before.retired()) {
                updates.add(entry);
                updated++;
            } else {
                unchanged++;
                if (!entry.displayPath().equals(before.displayPath())) {
                    updates.add(entry);
                }
            }
        }
        int retired = 0;
        for (Map.Entry<String, RegionTable.Stored> kept : stored.entrySet()) {
            if (inFile.contains(kept.getKey())) {
                continue;
            }
            RegionTable.Stored before = kept.getValue();
            boolean retire = mode == ImportMode.FULL_EDITION && !before.retired();
            RegionTable.Entry entry = entry(kept.getKey(), before.name(), before.retired() || retire, names, false);
            if (retire) {
                retired++;
            }
            if (retire || !entry.displayPath().equals(before.displayPath())) {
                updates.add(entry);
            }
        }
        inserts.sort(Comparator.comparing((RegionTable.Entry e) -> e.code().length()).thenComparing(RegionTable.Entry::code));
        long total = inserts.size() + updates.size();
        long[] written = {0};
        progress.update(ImportStage.SAVING, 0, total);
        table.insert(inserts, n -> progress.update(ImportStage.SAVING, written[0] += n, total));
        table.update(updates, n -> progress.update(ImportStage.SAVING, written[0] += n, total));
        return new ImportResult(rows.size(), inserts.size(), updated, retired, unchanged, Duration.ZERO, List.of(), 0);
    }

    private static RegionTable.Entry entry(String code, String name, boolean retired, Map<String, String> names,
                                           boolean renamed) {
        return new RegionTable.Entry(code, name, retired, RegionPaths.displayPath(code, names::get),
                RegionPaths.searchText(code, names::get), renamed);
    }
}
