package id.sinergi.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** A thin layer over POI's XWPF for the minutes: titles, headings, paragraphs with line breaks, plain tables. */
final class DocxBuilder implements AutoCloseable {

    private static final String FONT = "Arial";
    private final XWPFDocument document = new XWPFDocument();

    void title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, true, 14);
    }

    void heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        run(paragraph, text, true, 12);
    }

    /** A paragraph; line breaks typed in the text stay line breaks. */
    void paragraph(String text, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        addText(paragraph, text, bold);
    }

    /** A table with a bold header row; texts are written as plain text. */
    void table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fillRow(table, 0, header, true);
        for (int i = 0; i < rows.size(); i++) {
            fillRow(table, i + 1, rows.get(i), false);
        }
    }

    /** Label and value lines without borders (the meeting's particulars). */
    void particulars(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), 2);
        table.removeBorders();
        for (int i = 0; i < rows.size(); i++) {
            fillRow(table, i, rows.get(i), false);
        }
    }

    /** Two signature columns side by side, each a list of lines; the last line of each is the name (bold). */
    void signatures(List<String> left, List<String> right) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        signatureCell(table.getRow(0).getCell(0), left);
        signatureCell(table.getRow(0).getCell(1), right);
    }

    void write(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static void signatureCell(XWPFTableCell cell, List<String> lines) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = run(paragraph, lines.get(i), i == lines.size() - 2, 11);
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
    }

    private static void fillRow(XWPFTable table, int index, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph paragraph = table.getRow(index).getCell(c).getParagraphs().getFirst();
            addText(paragraph, cells.get(c), bold);
        }
    }

    private static void addText(XWPFParagraph paragraph, String text, boolean bold) {
        String[] lines = clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = run(paragraph, lines[i], bold, 11);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(clean(text));
        return run;
    }

    /** Drops characters that XML 1.0 cannot hold (control characters other than tab and line break). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
