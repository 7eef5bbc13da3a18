package id.sinergi.audit;

import id.sinergi.base.i18n.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/** The audit log as .xlsx, streamed in batches: every value is written as text (or a date), never as a formula. */
@Component
class AuditExport {

    static final String[] COLUMNS = {"audit.time", "audit.user", "audit.action", "audit.entity", "audit.entityId", "audit.details"};
    private static final int BATCH = 1000;
    private static final int CELL_MAX = 32_000;

    private final AuditEventRepository events;
    private final Translations translations;

    AuditExport(AuditEventRepository events, Translations translations) {
        this.events = events;
        this.translations = translations;
    }

    void write(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(translations.getTranslation("audit.sheet", locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);

            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                headerRow.createCell(c).setCellValue(translations.getTranslation(COLUMNS[c], locale));
                headerRow.getCell(c).setCellStyle(header);
            }
            int rowIndex = 1;
            Long before = null;
            List<AuditEvent> batch;
            do {
                batch = events.searchBefore(filter, before, BATCH);
                for (AuditEvent event : batch) {
                    writeRow(sheet.createRow(rowIndex++), event, time, wrapped);
                    before = event.getId();
                }
            } while (batch.size() == BATCH);
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, COLUMNS.length - 1));
            setWidths(sheet);
            workbook.write(out);
        }
    }

    private static void writeRow(Row row, AuditEvent event, CellStyle time, CellStyle wrapped) {
        row.createCell(0).setCellValue(LocalDateTime.ofInstant(event.getOccurredAt(), AuditService.DISPLAY_ZONE));
        row.getCell(0).setCellStyle(time);
        text(row, 1, event.getUsername());
        text(row, 2, event.getAction());
        text(row, 3, event.getEntityType());
        text(row, 4, event.getEntityId());
        text(row, 5, event.getDetails());
        row.getCell(5).setCellStyle(wrapped);
    }

    /** setCellValue(String) always makes a string cell: "=HYPERLINK(...)" stays text and is never evaluated. */
    private static void text(Row row, int column, String value) {
        String text = value == null ? "" : value;
        row.createCell(column).setCellValue(text.length() > CELL_MAX ? text.substring(0, CELL_MAX) + "…" : text);
    }

    private static void setWidths(Sheet sheet) {
        int[] widths = {20, 20, 24, 14, 14, 80};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }
}
