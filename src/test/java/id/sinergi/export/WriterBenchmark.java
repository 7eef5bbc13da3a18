package id.sinergi.export;

import id.sinergi.action.ActionItemRow;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import id.sinergi.base.i18n.Translations;
import id.sinergi.export.xlsx.SheetLayout;
import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.XlsxWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The writer alone, rows already in memory (a pool of 1,000 realistic rows, cycled): the action plan matrix's rows through
 * {@link XlsxWriter} with all its styles, against the floor for any xlsx writer — the same cell values as bare sheet XML
 * through java.util.zip at the default level, no styles, no cell references.
 */
final class WriterBenchmark {

    static final int POOL = 1000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final List<ActionItemRow> rows = new ArrayList<>(POOL);
    private final List<String[]> cells = new ArrayList<>(POOL);
    private final ExportTexts texts = new ExportTexts(new Translations(), Translations.INDONESIAN);

    WriterBenchmark() {
        String[] agencies = {"BP3MI Banten", "Kanim Serang", "Polda Banten", "Disnakertrans Kab. Serang", "Dinsos Banten"};
        ActionItemStatus[] statuses = ActionItemStatus.values();
        for (int i = 0; i < POOL; i++) {
            ActionItemStatus status = statuses[i % statuses.length];
            ActionItemRow row = new ActionItemRow(i, 1 + i / 20, null, i % 20 + 1,
                    "Sosialisasi pencegahan TPPO dan migrasi aman bagi calon PMI di desa kantong migran " + i,
                    "Laporan kegiatan dan daftar hadir peserta", new BigDecimal(4 + i % 9), "kegiatan",
                    LocalDate.of(2025, 1, 1).plusDays(i % 900), 1, agencies[i % agencies.length], "",
                    List.of(agencies[(i + 1) % agencies.length], agencies[(i + 2) % agencies.length]), "APBD Provinsi",
                    new BigDecimal(5_000_000L + 250_000L * (i % 40)), NationalStrategy.values()[i % 6], status,
                    status == ActionItemStatus.DONE ? 100 : i % 90, i % 3 == 0 ? "Perlu koordinasi dengan pemerintah desa"
                    : null, null);
            rows.add(row);
            cells.add(new String[] {
                String.valueOf(i + 1), row.activity(), row.outputIndicator(), texts.number(row.targetAmount()) + " kegiatan",
                String.valueOf(row.dueDate().toEpochDay() + 25569), row.responsibleAgency(),
                String.join(", ", row.supportingAgencies()), row.budgetAmount().toPlainString(),
                row.isOverdueOn(TODAY) ? texts.get("export.matrix.late", texts.get(row.status().messageKey()))
                    : texts.get(row.status().messageKey()), String.valueOf(row.progress() / 100.0),
                ActionPlanExport.notes(row, texts)});
        }
    }

    /** Writes {@code count} matrix rows with the export's own row code and styles. */
    void export(int count, OutputStream target) throws IOException {
        try (XlsxWriter xlsx = new XlsxWriter(target, Translations.INDONESIAN, texts.get("export.cut"))) {
            SheetWriter sheet = xlsx.sheet("Matriks", new SheetLayout(ActionPlanExport.WIDTHS, 1, true, null));
            texts.headers(sheet, "export.matrix.col.", ActionPlanExport.COLUMNS);
            for (int i = 0; i < count; i++) {
                ActionItemRow row = rows.get(i % POOL);
                ActionPlanExport.item(sheet, row, i + 1, row.isOverdueOn(TODAY), texts);
            }
            sheet.autoFilter(0, count, 0, ActionPlanExport.COLUMNS.length - 1).printTitles(0, 0);
        }
    }

    /** The floor: the same values as bare sheet XML in a zip at the default level; numbers as numbers, no styles. */
    void baseline(int count, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target, 1 << 16));
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        out.write(OwnCells.SHEET_START);
        boolean[] numeric = {true, false, false, false, true, false, false, true, false, true, false};
        for (int i = 0; i < count; i++) {
            String[] row = cells.get(i % POOL);
            out.write("<row>");
            for (int c = 0; c < row.length; c++) {
                OwnCells.bareCell(out, numeric[c], c == 0 ? String.valueOf(i + 1) : row[c]);
            }
            out.write("</row>");
        }
        out.write(OwnCells.SHEET_END);
        out.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    static String escape(String text) {
        return text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0 ? text
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    interface Write {
        void to(OutputStream out) throws IOException;
    }

    /** Runs one write into a temporary file and measures it. */
    static Measured measure(Write write) throws IOException {
        Path file = Files.createTempFile("sinergi-benchmark-", ".xlsx");
        try {
            Heap.reset();
            long start = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                write.to(out);
            }
            long nanos = System.nanoTime() - start;
            return new Measured(nanos, Heap.peakBytes(), Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    record Measured(long nanos, long peakHeapBytes, long fileBytes) {
        double millis() {
            return nanos / 1e6;
        }
    }
}
