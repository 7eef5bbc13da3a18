package id.sinergi.region;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small region files made by the tests themselves: CSV text, a real .xlsx, and broken ones (never committed). */
public final class RegionFiles {

    /** The national list beside the project, as the brief of the workplace and CI provide it. */
    static final Path NATIONAL_LIST = Path.of("..", "shared", "data", "wilayah-kepmendagri-2025.csv");

    /** A province, regency, district and villages of Banten as in the 2025 list: valid on its own. */
    public static final String PONTANG = """
            kode,nama
            36,Banten
            36.04,Kabupaten Serang
            36.04.12,Pontang
            36.04.12.2001,Pontang
            36.04.12.2003,Linduk
            36.04.12.2009,Domas
            """;

    private RegionFiles() {
    }

    static Path csv(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** An .xlsx with the given rows (first row = header), codes written as text cells. */
    static Path xlsx(Path dir, String name, String[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("wilayah");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A zip whose content types inflate about a thousandfold: 40 MB of blanks in a file of some tens of kilobytes. */
    static Path zipBomb(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\">").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(blanks);
            }
            zip.write("<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
