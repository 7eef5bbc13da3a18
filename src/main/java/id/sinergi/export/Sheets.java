package id.sinergi.export;

import id.sinergi.export.xlsx.SheetWriter;
import id.sinergi.export.xlsx.Style;
import id.sinergi.export.xlsx.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** What every export writes the same way: the workbook around its sheets, and title rows merged across the table. */
final class Sheets {

    private Sheets() {
    }

    /** The sheets of one workbook, written in order. */
    interface Content {
        void write(XlsxWriter xlsx) throws IOException;
    }

    /**
     * Writes a workbook into {@code out}: the writer's I/O errors (unchecked inside the row code) come out as the
     * IOException they were, and the counter reports the end (or the cancellation) once the file is complete.
     */
    static void workbook(OutputStream out, ExportTexts texts, RowCounter counter, Content content) throws IOException {
        try (XlsxWriter xlsx = new XlsxWriter(out, texts.locale(), texts.get("export.cut"))) {
            content.write(xlsx);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        counter.finished();
    }

    /** The document's title: a tall row, large bold text centred over the table. */
    static void title(SheetWriter sheet, String text, int lastColumn) {
        sheet.row(20).text(text, Style.TITLE).mergeAcross(0, lastColumn);
    }

    /** One line of the title block (or a note under the table) across the table's width. */
    static void line(SheetWriter sheet, String text, Style style, int lastColumn) {
        sheet.row().text(text, style).mergeAcross(0, lastColumn);
    }
}
