package id.sinergi.region;

import id.sinergi.base.BusinessRuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a region file (CSV or .xlsx, by its name) after the checks that concern the file as a whole:
 * size, emptiness, type. Every refusal is a {@link BusinessRuleException} with a message key, so nothing is imported.
 */
final class RegionFileReader {

    /** Far more than the national list (91,599 rows): protects memory from a huge or inflated file. */
    static final int MAX_ROWS = 250_000;

    private RegionFileReader() {
    }

    static List<RegionRow> read(Path file, String fileName, long maxBytes, ImportProgress progress) {
        String name = fileName == null ? file.getFileName().toString() : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BusinessRuleException("region.import.error.tooLarge", megabytes(size), megabytes(maxBytes));
            }
            if (size == 0) {
                throw new BusinessRuleException("region.import.error.empty");
            }
            List<RegionRow> rows;
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                rows = CsvRegionReader.read(file, size, progress);
            } else if (lower.endsWith(".xlsx")) {
                rows = XlsxRegionReader.read(file, progress);
            } else {
                throw new BusinessRuleException("region.import.error.fileType", name);
            }
            if (rows.isEmpty()) {
                throw new BusinessRuleException("region.import.error.empty");
            }
            return rows;
        } catch (IOException e) {
            throw new BusinessRuleException("region.import.error.unreadable", name);
        }
    }

    /** Header cells in either language: kode,nama or code,name (case and surrounding spaces ignored). */
    static void checkHeader(List<String> cells, String separator) {
        List<String> normalized = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        if (!normalized.equals(List.of("kode", "nama")) && !normalized.equals(List.of("code", "name"))) {
            String found = String.join(separator, cells);
            throw new BusinessRuleException("region.import.error.header",
                    found.length() > 80 ? found.substring(0, 80) + "…" : found);
        }
    }

    static void checkRowCount(int rows) {
        if (rows > MAX_ROWS) {
            throw new BusinessRuleException("region.import.error.tooManyRows", MAX_ROWS);
        }
    }

    /** Megabytes with one decimal, formatted by the message in the reader's locale. */
    private static double megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0;
    }
}
