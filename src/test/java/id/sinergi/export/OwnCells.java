package id.sinergi.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor for one export: the cell values that export wrote (every sheet, read back from its file), written again as
 * bare sheet XML through java.util.zip at the default level, with no styles, merges, widths or print setup. Unlike the
 * synthetic rows of {@link WriterBenchmark#baseline}, it holds exactly the export's cells: a report with more columns
 * and sheets than the matrix gets a floor of its own size.
 */
final class OwnCells {

    static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    static final String SHEET_END = "</sheetData></worksheet>";

    /** One cell: a number (written as {@code <v>}) or a text (an inline string). */
    private record Cell(boolean number, String value) {
    }

    private final List<List<List<Cell>>> sheets = new ArrayList<>();
    private long cells;

    /** The cells of every worksheet of an xlsx written by the app (inline strings, numbers; no shared strings). */
    static OwnCells of(byte[] xlsx) throws IOException {
        OwnCells own = new OwnCells();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    own.sheets.add(own.read(zip.readAllBytes()));
                }
            }
        }
        return own;
    }

    long cellCount() {
        return cells;
    }

    private List<List<Cell>> read(byte[] xml) throws IOException {
        List<List<Cell>> rows = new ArrayList<>();
        try {
            XMLStreamReader in = XMLInputFactory.newInstance().createXMLStreamReader(new ByteArrayInputStream(xml));
            List<Cell> row = null;
            boolean number = false;
            while (in.hasNext()) {
                if (in.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (in.getLocalName()) {
                    case "row" -> rows.add(row = new ArrayList<>());
                    case "c" -> number = in.getAttributeValue(null, "t") == null
                            || "n".equals(in.getAttributeValue(null, "t"));
                    case "v" -> add(row, new Cell(number, in.getElementText()));
                    case "t" -> add(row, new Cell(false, in.getElementText()));
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return rows;
    }

    private void add(List<Cell> row, Cell cell) {
        row.add(cell);
        cells++;
    }

    /** Writes the cells as bare sheet XML, one zip entry per sheet. */
    void write(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target, 1 << 16));
        Writer out = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        for (int s = 0; s < sheets.size(); s++) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (s + 1) + ".xml"));
            out.write(SHEET_START);
            for (List<Cell> row : sheets.get(s)) {
                out.write("<row>");
                for (Cell cell : row) {
                    bareCell(out, cell.number(), cell.value());
                }
                out.write("</row>");
            }
            out.write(SHEET_END);
            out.flush();
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    /** One cell as the floor writes it: a bare value, or an inline string; no style, no reference. */
    static void bareCell(Writer out, boolean number, String value) throws IOException {
        if (number) {
            out.write("<c><v>");
            out.write(value);
            out.write("</v></c>");
        } else {
            out.write("<c t=\"inlineStr\"><is><t>");
            out.write(WriterBenchmark.escape(value));
            out.write("</t></is></c>");
        }
    }
}
