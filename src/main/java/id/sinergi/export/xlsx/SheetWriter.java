package id.sinergi.export.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one sheet row by row straight into the workbook's zip. Rows and columns are 0-based here. A row is started
 * with {@link #row()} and filled left to right; {@link #skip()} leaves a cell out. Merges, the autofilter and the print
 * titles may be declared at any time: they are written after the rows.
 */
public final class SheetWriter {

    /** Day 0 of Excel's 1900 date system, as an epoch day (30 December 1899). */
    private static final long EXCEL_EPOCH_DAY = LocalDate.of(1899, 12, 30).toEpochDay();
    private static final String[] COLUMNS = columnNames(702);
    private static final String[] STYLE_ATTRIBUTES = styleAttributes();

    /** Points per line of 10-point Arial, and Excel's highest row. */
    private static final double LINE_POINTS = 12.75;
    private static final double MAX_ROW_POINTS = 409;
    /** The height attribute of a row of 2..32 wrapped lines, made once (Double.toString per row cost a cold JVM). */
    private static final String[] LINE_HEIGHTS = lineHeights(32);
    /** 0.00 .. 1.00: a whole percentage as the fraction a percent cell holds. */
    private static final String[] PERCENTS = percents();
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final XmlOut sheetOut;
    /** The current row's cells; the row tag is written when the row ends, with a height fitted to its wrapped texts. */
    private final StringBuilder cells = new StringBuilder(4096);
    private final Writer out = new Appender(cells);
    private final String name;
    private final SheetLayout layout;
    private final String cutMarker;
    private final List<String> merges = new ArrayList<>();
    private int row = -1;
    private String rowNumber;
    private int column;
    private boolean gap;
    private boolean rowOpen;
    private double rowHeight;
    private final String[] wrapped;
    private final int[] mergedTo;
    private String autoFilter;
    private String printTitles;

    SheetWriter(XmlOut out, String name, SheetLayout layout, String cutMarker, boolean selected) throws IOException {
        this.sheetOut = out;
        this.wrapped = new String[layout.columnWidths().length];
        this.mergedTo = new int[layout.columnWidths().length];
        this.name = name;
        this.layout = layout;
        this.cutMarker = cutMarker;
        start(selected);
    }

    public String name() {
        return name;
    }

    /** Starts the next row. */
    public SheetWriter row() {
        return row(0);
    }

    /** Starts the next row with a fixed height in points (0 = automatic). */
    public SheetWriter row(double heightPoints) {
        try {
            closeRow();
            row++;
            rowNumber = Integer.toString(row + 1);
            column = 0;
            gap = false;
            rowOpen = true;
            rowHeight = heightPoints;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the current row (-1 before the first). */
    public int rowIndex() {
        return row;
    }

    /** A text cell (never a formula, whatever it starts with); null writes an empty cell with the style. */
    public SheetWriter text(String value, Style style) {
        if (value == null || value.isEmpty()) {
            return blank(style);
        }
        try {
            String text = CellText.fit(value, cutMarker);
            if (style.wrap && column < wrapped.length) {
                wrapped[column] = text;
            }
            cellStart(style);
            out.write(CellText.needsPreserve(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    : " t=\"inlineStr\"><is><t>");
            CellText.write(out, text);
            out.write("</t></is></c>");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SheetWriter number(long value, Style style) {
        return value(Long.toString(value), style);
    }

    public SheetWriter number(double value, Style style) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return blank(style);
        }
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return value(whole ? Long.toString((long) value) : Double.toString(value), style);
    }

    /** A whole percentage (0..100) as a percent cell's fraction. */
    public SheetWriter percent(int value, Style style) {
        return value >= 0 && value <= 100 ? value(PERCENTS[value], style) : number(value / 100.0, style);
    }

    /** A decimal as written in sheet XML; whole amounts (budgets, targets) without BigDecimal's arithmetic. */
    public SheetWriter number(BigDecimal value, Style style) {
        if (value == null) {
            return blank(style);
        }
        int scale = value.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && value.precision() < 19) {
            long unscaled = value.unscaledValue().longValue();
            if (unscaled % POWERS_OF_TEN[scale] == 0) {
                return value(Long.toString(unscaled / POWERS_OF_TEN[scale]), style);
            }
        }
        return value(value.stripTrailingZeros().toPlainString(), style);
    }

    /** A real date cell (a day number with a date format), so Excel sorts and filters it as a date. */
    public SheetWriter date(LocalDate value, Style style) {
        return value == null ? blank(style) : value(Long.toString(value.toEpochDay() - EXCEL_EPOCH_DAY), style);
    }

    public SheetWriter dateTime(LocalDateTime value, Style style) {
        if (value == null) {
            return blank(style);
        }
        double day = value.toLocalDate().toEpochDay() - EXCEL_EPOCH_DAY + value.toLocalTime().toSecondOfDay() / 86_400.0;
        return value(Double.toString(day), style);
    }

    /** An empty cell that still shows its style (borders, fill). */
    public SheetWriter blank(Style style) {
        try {
            cellStart(style);
            out.write("/>");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the next cell out. */
    public SheetWriter skip() {
        column++;
        gap = true;
        return this;
    }

    /** Merges cells of the current row, from one column to another. */
    public SheetWriter mergeAcross(int firstColumn, int lastColumn) {
        if (firstColumn < mergedTo.length) {
            mergedTo[firstColumn] = lastColumn;
        }
        return merge(row, firstColumn, row, lastColumn);
    }

    public SheetWriter merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        merges.add(reference(firstRow, firstColumn) + ":" + reference(lastRow, lastColumn));
        return this;
    }

    /** The autofilter over a table whose header is {@code headerRow}; Excel also needs its hidden defined name. */
    public SheetWriter autoFilter(int headerRow, int lastRow, int firstColumn, int lastColumn) {
        autoFilter = reference(headerRow, firstColumn) + ":" + reference(Math.max(headerRow, lastRow), lastColumn);
        return this;
    }

    /** Rows repeated at the top of every printed page. */
    public SheetWriter printTitles(int firstRow, int lastRow) {
        printTitles = "$" + (firstRow + 1) + ":$" + (lastRow + 1);
        return this;
    }

    String autoFilterRange() {
        return autoFilter;
    }

    String printTitleRows() {
        return printTitles;
    }

    private SheetWriter value(String number, Style style) {
        try {
            cellStart(style);
            out.write("><v>");
            out.write(number);
            out.write("</v></c>");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell's reference is optional in sheet XML while cells follow each other; it is written only after a gap. */
    private void cellStart(Style style) throws IOException {
        if (!rowOpen) {
            throw new IllegalStateException("Start a row first");
        }
        if (gap) {
            out.write("<c r=\"");
            out.write(COLUMNS[column]);
            out.write(rowNumber);
            out.write('"');
            gap = false;
        } else {
            out.write("<c");
        }
        column++;
        out.write(STYLE_ATTRIBUTES[style.ordinal()]);
    }

    private void closeRow() throws IOException {
        if (!rowOpen) {
            return;
        }
        sheetOut.write("<row r=\"");
        sheetOut.write(rowNumber);
        String height = rowHeight > 0 ? Double.toString(rowHeight) : fittedHeight();
        if (height != null) {
            sheetOut.write("\" ht=\"");
            sheetOut.write(height);
            sheetOut.write("\" customHeight=\"1");
        }
        sheetOut.write("\">");
        sheetOut.write(cells);
        sheetOut.write("</row>");
        cells.setLength(0);
        rowOpen = false;
    }

    /**
     * The height the row's wrapped texts need, estimated from their length and the (merged) column widths, since
     * neither Excel nor LibreOffice fits a row to its wrapped text when it opens a file; null when one line is enough.
     */
    private String fittedHeight() {
        int lines = 1;
        double[] widths = layout.columnWidths();
        for (int c = 0; c < wrapped.length; c++) {
            if (wrapped[c] != null) {
                double width = 0;
                for (int k = c; k <= Math.max(c, Math.min(mergedTo[c], widths.length - 1)); k++) {
                    width += widths[k];
                }
                lines = Math.max(lines, lines(wrapped[c], width));
                wrapped[c] = null;
            }
            mergedTo[c] = 0;
        }
        return lines == 1 ? null : LINE_HEIGHTS[Math.min(lines, LINE_HEIGHTS.length - 1)];
    }

    private static int lines(String text, double width) {
        double perLine = Math.max(1, width - 1.5);
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (int) Math.ceil(length / perLine));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    private void start(boolean selected) throws IOException {
        sheetOut.write(XlsxWriter.XML_HEADER);
        sheetOut.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"");
        sheetOut.write(selected ? " tabSelected=\"1\">" : ">");
        int frozen = layout.frozenRows();
        if (frozen > 0) {
            String topLeft = "A" + (frozen + 1);
            sheetOut.write("<pane ySplit=\"" + frozen + "\" topLeftCell=\"" + topLeft
                    + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\""
                    + topLeft + "\" sqref=\"" + topLeft + "\"/>");
        }
        sheetOut.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"13.2\"/><cols>");
        double[] widths = layout.columnWidths();
        for (int c = 0; c < widths.length; c++) {
            sheetOut.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
                    + "\" customWidth=\"1\"/>");
        }
        sheetOut.write("</cols><sheetData>");
    }

    void finish() throws IOException {
        closeRow();
        sheetOut.write("</sheetData>");
        if (autoFilter != null) {
            sheetOut.write("<autoFilter ref=\"" + autoFilter + "\"/>");
        }
        if (!merges.isEmpty()) {
            sheetOut.write("<mergeCells count=\"" + merges.size() + "\">");
            for (String merge : merges) {
                sheetOut.write("<mergeCell ref=\"" + merge + "\"/>");
            }
            sheetOut.write("</mergeCells>");
        }
        sheetOut.write("<printOptions horizontalCentered=\"1\"/>"
                + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"" + (layout.landscape() ? "landscape" : "portrait")
                + "\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        if (layout.footer() != null) {
            sheetOut.write("<headerFooter><oddFooter>");
            CellText.write(sheetOut, layout.footer());
            sheetOut.write("</oddFooter></headerFooter>");
        }
        sheetOut.write("</worksheet>");
    }

    static String reference(int row, int column) {
        return COLUMNS[column] + (row + 1);
    }

    static String absoluteReference(String range) {
        return range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
    }

    /** Collects a row's cells. */
    private static final class Appender extends Writer {
        private final StringBuilder target;

        Appender(StringBuilder target) {
            this.target = target;
        }

        @Override
        public void write(String text) {
            target.append(text);
        }

        @Override
        public void write(String text, int offset, int length) {
            target.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            target.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            target.append(chars, offset, length);
        }

        @Override
        public void flush() {
            // nothing buffered beyond the builder
        }

        @Override
        public void close() {
            // the sheet writes the builder out
        }
    }

    private static String[] lineHeights(int maxLines) {
        String[] heights = new String[maxLines + 1];
        for (int lines = 2; lines <= maxLines; lines++) {
            heights[lines] = Double.toString(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3));
        }
        return heights;
    }

    private static String[] percents() {
        String[] values = new String[101];
        for (int i = 0; i <= 100; i++) {
            values[i] = i == 0 ? "0" : i == 100 ? "1" : Double.toString(i / 100.0);
        }
        return values;
    }

    private static String[] styleAttributes() {
        String[] attributes = new String[Style.values().length];
        for (Style style : Style.values()) {
            attributes[style.ordinal()] = style == Style.DEFAULT ? "" : " s=\"" + style.ordinal() + "\"";
        }
        return attributes;
    }

    private static String[] columnNames(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = i < 26 ? String.valueOf((char) ('A' + i))
                    : String.valueOf((char) ('A' + i / 26 - 1)) + (char) ('A' + i % 26);
        }
        return names;
    }
}
