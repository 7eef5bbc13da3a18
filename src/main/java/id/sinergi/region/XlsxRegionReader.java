package id.sinergi.region;

import id.sinergi.base.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx region file with POI's streaming (SAX) reader, never a whole workbook in memory.
 * POI's zip-bomb guard ({@code ZipSecureFile}: inflation ratio and entry size limits, on by default) stays on; when it
 * trips, the file is refused with its own message.
 */
final class XlsxRegionReader {

    private static final int PROGRESS_EVERY = 5000;

    private XlsxRegionReader() {
    }

    static List<RegionRow> read(Path file, ImportProgress progress) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessRuleException("region.import.error.empty");
            }
            Rows rows = new Rows(progress);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            progress.update(ImportStage.READING, rows.rows.size(), rows.rows.size());
            return rows.rows;
        } catch (BusinessRuleException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new BusinessRuleException("region.import.error.oldExcel");
        } catch (NotOfficeXmlFileException e) {
            throw new BusinessRuleException("region.import.error.notXlsx");
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | IllegalStateException
                 | IllegalArgumentException | javax.xml.parsers.ParserConfigurationException e) {
            throw refusal(e);
        }
    }

    private static BusinessRuleException refusal(Exception error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BusinessRuleException rule) {
                return rule;
            }
        }
        return new BusinessRuleException(isZipBomb(error) ? "region.import.error.zipBomb" : "region.import.error.notXlsx");
    }

    /** POI reports its zip-bomb guard through the message, in whatever exception wraps it. */
    static boolean isZipBomb(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** Collects the first two columns of each row; a value further right makes the row one with too many columns. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final ImportProgress progress;
        private final List<RegionRow> rows = new ArrayList<>();
        private boolean header = true;
        private String code;
        private String name;
        private int columns;

        Rows(ImportProgress progress) {
            this.progress = progress;
        }

        @Override
        public void startRow(int rowNum) {
            code = "";
            name = "";
            columns = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value == null || value.isBlank()) {
                return;
            }
            int column = new CellReference(reference).getCol();
            if (column == 0) {
                code = value.strip();
            } else if (column == 1) {
                name = value.strip();
            }
            columns = Math.max(columns, column + 1);
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == 0) {
                return;
            }
            if (header) {
                RegionFileReader.checkHeader(columns > 2 ? List.of(code, name, "…") : List.of(code, name), ",");
                header = false;
                return;
            }
            rows.add(new RegionRow(rowNum + 1, code, name, Math.max(columns, 2)));
            RegionFileReader.checkRowCount(rows.size());
            if (rows.size() % PROGRESS_EVERY == 0) {
                progress.update(ImportStage.READING, rows.size(), -1);
            }
        }
    }
}
