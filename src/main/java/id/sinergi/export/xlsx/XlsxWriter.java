package id.sinergi.export.xlsx;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A streaming .xlsx workbook: each sheet's rows go straight into the zip as they are written (memory stays flat
 * whatever the row count); the workbook, styles and relationship parts follow when it is closed. Closing finishes the
 * file but leaves the given stream open.
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
    private SheetWriter current;

    /**
     * @param cutMarker what ends a text cut at the cell limit, e.g. " […dipotong]"
     */
    public XlsxWriter(OutputStream target, Locale locale, String cutMarker) {
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

    @Override
    public void close() throws IOException {
        finishSheet();
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
