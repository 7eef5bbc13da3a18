package id.sinergi.export.xlsx;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A streaming .xlsx workbook: each sheet's rows go straight into the zip as they are written (memory stays flat
 * whatever the row count); the workbook, styles and relationship parts follow when it is closed. Closing finishes the
 * file but leaves the given stream open. A sheet written at the same time as another ({@link #sheetBeside}) waits in a
 * temporary file until then.
 */
public final class XlsxWriter implements Closeable {

    static final String XML_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int BUFFER = 1 << 16;

    private final ZipOutputStream zip;
    private final XmlOut out;
    private final Locale locale;
    private final String cutMarker;
    private final List<SheetWriter> sheets = new ArrayList<>();
    private final List<Integer> tabs = new ArrayList<>();
    /** Sheets written beside the others, by their file number: each waits in a temporary file until closing. */
    private final Map<Integer, Beside> besides = new LinkedHashMap<>();
    private final Path tempDirectory;
    private SheetWriter current;

    /**
     * @param cutMarker what ends a text cut at the cell limit, e.g. " […dipotong]"
     */
    public XlsxWriter(OutputStream target, Locale locale, String cutMarker) {
        this(target, locale, cutMarker, Path.of(System.getProperty("java.io.tmpdir")));
    }

    XlsxWriter(OutputStream target, Locale locale, String cutMarker, Path tempDirectory) {
        this.tempDirectory = tempDirectory;
        this.zip = new ZipOutputStream(new BufferedOutputStream(target, BUFFER));
        this.out = new XmlOut(zip);
        this.locale = locale;
        this.cutMarker = cutMarker;
    }

    /** Finishes the sheet being written (if any) and starts the next one, as the workbook's last tab. */
    public SheetWriter sheet(String name, SheetLayout layout) throws IOException {
        return sheet(name, layout, sheets.size());
    }

    /**
     * Finishes the sheet being written (if any) and starts the next one at the given place among the workbook's tabs
     * (0 = first, the one shown on opening). The file holds sheets in the order they are written, the workbook lists
     * them in tab order: a sheet whose content is known only after another (a summary of the rows) is written after
     * it and still comes first. Every place from 0 to the number of sheets minus one must be given once.
     */
    public SheetWriter sheet(String name, SheetLayout layout, int tab) throws IOException {
        finishSheet();
        String safeName = sheetName(name);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (sheets.size() + 1) + ".xml"));
        current = new SheetWriter(out, safeName, layout, cutMarker, tab == 0);
        sheets.add(current);
        tabs.add(tab);
        return current;
    }

    /**
     * A sheet that may be written while other sheets are (e.g. the overdue items picked out of the rows as the sheet of
     * all items is written, instead of reading them again): its rows go, compressed quickly, into a temporary file,
     * and into the workbook when it is closed. At the given place among the tabs, as {@link #sheet(String, SheetLayout,
     * int)}. The temporary file is deleted on closing, also when the workbook fails.
     */
    public SheetWriter sheetBeside(String name, SheetLayout layout, int tab) throws IOException {
        Path file = Files.createTempFile(tempDirectory, "sinergi-sheet-", ".xml.z");
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            OutputStream stream = new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER),
                    deflater, BUFFER);
            XmlOut xml = new XmlOut(stream);
            SheetWriter sheet = new SheetWriter(xml, sheetName(name), layout, cutMarker, tab == 0);
            sheets.add(sheet);
            tabs.add(tab);
            besides.put(sheets.size(), new Beside(file, deflater, stream, xml, sheet));
            return sheet;
        } catch (IOException | RuntimeException e) {
            deflater.end();
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            finishSheet();
            for (Map.Entry<Integer, Beside> beside : besides.entrySet()) {
                beside.getValue().copyInto(zip, "xl/worksheets/sheet" + beside.getKey() + ".xml");
            }
        } finally {
            for (Beside beside : besides.values()) {
                beside.delete();
            }
        }
        entry("xl/workbook.xml", workbook());
        entry("xl/_rels/workbook.xml.rels", workbookRelations());
        entry("xl/styles.xml", StylesXml.of(locale));
        entry("_rels/.rels", XML_HEADER + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry("[Content_Types].xml", contentTypes());
        zip.finish();
        zip.flush();
    }

    private void finishSheet() throws IOException {
        if (current != null) {
            current.finish();
            out.flush();
            zip.closeEntry();
            current = null;
        }
    }

    private void entry(String path, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(XML_HEADER).append("<workbook xmlns=\"").append(MAIN_NS)
                .append("\" xmlns:r=\"").append(REL_NS).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            int file = tabs.indexOf(i);
            if (file < 0) {
                throw new IllegalStateException("No sheet was written for tab " + i + " of " + sheets.size());
            }
            SheetWriter sheet = sheets.get(file);
            xml.append("<sheet name=\"").append(attribute(sheet.name())).append("\" sheetId=\"").append(file + 1)
                    .append("\" r:id=\"rId").append(file + 1).append("\"/>");
            String quoted = "'" + attribute(sheet.name()).replace("'", "''") + "'!";
            if (sheet.autoFilterRange() != null) {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                        .append("\" hidden=\"1\">").append(quoted)
                        .append(SheetWriter.absoluteReference(sheet.autoFilterRange())).append("</definedName>");
            }
            if (sheet.printTitleRows() != null) {
                names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                        .append(quoted).append(sheet.printTitleRows()).append("</definedName>");
            }
        }
        xml.append("</sheets>");
        if (!names.isEmpty()) {
            xml.append("<definedNames>").append(names).append("</definedNames>");
        }
        return xml.append("</workbook>").toString();
    }

    private String workbookRelations() {
        StringBuilder xml = new StringBuilder(XML_HEADER)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId").append(sheets.size() + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(XML_HEADER)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    /** A sheet being written into a temporary file. */
    private record Beside(Path file, Deflater deflater, OutputStream stream, XmlOut xml, SheetWriter sheet) {

        /** Finishes the sheet and copies it, inflated, into the zip as its own entry. */
        void copyInto(ZipOutputStream zip, String path) throws IOException {
            sheet.finish();
            xml.flush();
            stream.close();
            zip.putNextEntry(new ZipEntry(path));
            try (InputStream in = new InflaterInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }

        void delete() throws IOException {
            try {
                stream.close();
            } finally {
                deflater.end();
                Files.deleteIfExists(file);
            }
        }
    }

    /** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], not blank. */
    static String sheetName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[:\\\\/?*\\[\\]\\p{Cntrl}]", " ").strip();
        cleaned = cleaned.length() > 31 ? cleaned.substring(0, 31).strip() : cleaned;
        return cleaned.isEmpty() ? "Sheet" : cleaned;
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
