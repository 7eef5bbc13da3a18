package id.sinergi.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    private static final Locale INDONESIAN = Locale.of("id", "ID");

    @Test
    void user_text_that_looks_like_a_formula_stays_a_string_shown_as_typed() throws IOException {
        XSSFSheet sheet = single(s -> s.row().text("=HYPERLINK(\"http://x\",\"klik\")", Style.TEXT)
                .text("+62 812", Style.TEXT).text("-1", Style.TEXT).text("@SUM(A1)", Style.TEXT));
        for (int c = 0; c < 4; c++) {
            assertThat(sheet.getRow(0).getCell(c).getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"klik\")");
        assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("@SUM(A1)");
    }

    @Test
    void control_characters_xml_cannot_hold_are_replaced_and_markup_and_excel_escapes_stay_literal() throws IOException {
        XSSFSheet sheet = single(s -> s.row().text("a\u0000b\u0007c\u001Fd", Style.TEXT).text("<b>&amp;_x0041_</b>", Style.TEXT)
                .text("baris 1\nbaris 2\t😀", Style.TEXT).text("\uD800 lone", Style.TEXT));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("<b>&amp;_x0041_</b>");
        assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("baris 1\nbaris 2\t😀");
        assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("\uFFFD lone");
    }

    @Test
    void texts_in_every_script_survive_many_buffer_flushes_whole() throws IOException {
        XSSFSheet sheet = single(s -> {
            for (int i = 0; i < 3_000; i++) {
                s.row().text("Sosialisasi ✓ café 😀 ke-" + i, Style.TEXT);
            }
        });
        for (int i : new int[] {0, 1_234, 2_999}) {
            assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isEqualTo("Sosialisasi ✓ café 😀 ke-" + i);
        }
        assertThat(sheet.getLastRowNum()).isEqualTo(2_999);
    }

    @Test
    void text_longer_than_a_cell_holds_is_kept_up_to_the_limit_and_marked_as_cut() throws IOException {
        String exact = "x".repeat(CellText.MAX_LENGTH);
        String longer = "y".repeat(CellText.MAX_LENGTH + 10);
        XSSFSheet sheet = single(s -> s.row().text(exact, Style.TEXT).text(longer, Style.TEXT));
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(exact);
        String cut = sheet.getRow(0).getCell(1).getStringCellValue();
        assertThat(cut).hasSize(CellText.MAX_LENGTH).endsWith(" [dipotong]").startsWith("yyyy");
    }

    @Test
    void dates_and_numbers_are_real_typed_cells_with_their_formats() throws IOException {
        XSSFSheet sheet = single(s -> s.row().date(LocalDate.of(2025, 10, 28), Style.DATE).number(0.75, Style.PERCENT)
                .number(15_000_000L, Style.INTEGER).blank(Style.TEXT).skip().text("x", Style.TEXT));
        var date = sheet.getRow(0).getCell(0);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("[$-421]d mmmm yyyy");
        assertThat(sheet.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(0.75);
        assertThat(sheet.getRow(0).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
        assertThat(sheet.getRow(0).getCell(2).getNumericCellValue()).isEqualTo(15_000_000d);
        assertThat(sheet.getRow(0).getCell(4)).isNull();
        assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("x");
    }

    @Test
    void layout_merges_frozen_rows_autofilter_and_print_setup_are_in_the_file() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(bytes, INDONESIAN, " [dipotong]")) {
            SheetWriter s = xlsx.sheet("Matriks: [uji]", new SheetLayout(new double[] {5, 40, 12}, 3, true, "&CHal &P"));
            s.row().text("JUDUL", Style.TITLE).mergeAcross(0, 2);
            s.row();
            s.row().text("No", Style.HEADER).text("Kegiatan", Style.HEADER).text("Status", Style.HEADER);
            s.autoFilter(2, 4, 0, 2).printTitles(2, 2);
            s.row().number(1, Style.CENTER).text("a", Style.TEXT).text("b", Style.TEXT);
            s.row().number(2, Style.CENTER).text("c", Style.TEXT).text("d", Style.TEXT);
            xlsx.sheet("Info", new SheetLayout(new double[] {20}, 0, false, null)).row().text("i", Style.LINE);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Matriks   uji");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Info");
            assertThat(sheet.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A1:C1"));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:C5");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(sheet.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(workbook.getSheetAt(1).getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void rows_grow_to_fit_wrapped_text_in_their_columns_or_merged_width() throws IOException {
        String paragraph = "Sosialisasi pencegahan TPPO di desa kantong PMI ".repeat(4);
        XSSFSheet sheet = single(s -> {
            s.row().text("pendek", Style.TEXT).text("pendek", Style.TEXT);
            s.row().text(paragraph, Style.TEXT);
            s.row().text(paragraph, Style.TEXT).mergeAcross(0, 5);
            s.row().text(paragraph, Style.LINE);
            s.row(40).text(paragraph, Style.TEXT);
        });
        assertThat(sheet.getRow(0).getZeroHeight()).isFalse();
        assertThat(sheet.getRow(0).isFormatted()).isFalse();
        assertThat(sheet.getRow(0).getCTRow().isSetHt()).isFalse();
        assertThat(sheet.getRow(1).getHeightInPoints()).isGreaterThan(sheet.getRow(2).getHeightInPoints());
        assertThat(sheet.getRow(2).getHeightInPoints()).isGreaterThan(20f);
        assertThat(sheet.getRow(3).getCTRow().isSetHt()).isFalse();
        assertThat(sheet.getRow(4).getHeightInPoints()).isEqualTo(40f);
    }

    @Test
    void a_sheet_written_after_another_can_come_first_with_its_own_filter_and_print_titles() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(bytes, INDONESIAN, " [dipotong]")) {
            SheetLayout layout = new SheetLayout(new double[] {10, 10}, 1, true, null);
            SheetWriter rows = xlsx.sheet("Rincian", layout, 1);
            rows.row().text("Kegiatan", Style.HEADER).text("Status", Style.HEADER);
            rows.row().text("Patroli", Style.TEXT).text("Selesai", Style.TEXT);
            rows.autoFilter(0, 1, 0, 1).printTitles(0, 0);
            SheetWriter summary = xlsx.sheet("Ringkasan", layout, 0);
            summary.row().text("Judul", Style.TITLE);
            summary.row().text("Instansi", Style.HEADER).text("Jumlah", Style.HEADER);
            summary.row().text("Kanim Serang", Style.TEXT).number(1, Style.INTEGER);
            summary.autoFilter(1, 2, 0, 1).printTitles(1, 1);
            xlsx.sheet("Info", new SheetLayout(new double[] {10}, 0, false, null), 2).row().text("x", Style.TEXT);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Ringkasan");
            assertThat(workbook.getSheetName(1)).isEqualTo("Rincian");
            assertThat(workbook.getSheetName(2)).isEqualTo("Info");
            assertThat(workbook.getSheetAt(0).isSelected()).isTrue();
            assertThat(workbook.getSheetAt(1).isSelected()).isFalse();
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("Kanim Serang");
            assertThat(workbook.getSheetAt(0).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("2:2"));
            assertThat(workbook.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:B3");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Patroli");
            assertThat(workbook.getSheetAt(1).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
        }
    }

    @Test
    void a_sheet_written_beside_another_row_by_row_comes_out_whole_at_its_tab_and_leaves_no_file(@TempDir Path temp)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rows = 20_000; // both sheets far past one buffer of the temporary file and of the zip
        try (XlsxWriter xlsx = new XlsxWriter(bytes, INDONESIAN, " [dipotong]", temp)) {
            SheetLayout layout = new SheetLayout(new double[] {10, 30}, 1, true, null);
            SheetWriter all = xlsx.sheet("Semua", layout, 0);
            SheetWriter late = xlsx.sheetBeside("Terlambat", layout, 1);
            all.row().text("No", Style.HEADER).text("Kegiatan", Style.HEADER);
            late.row().text("No", Style.HEADER).text("Kegiatan", Style.HEADER);
            for (int i = 1; i <= rows; i++) {
                all.row().number(i, Style.INTEGER).text("Sosialisasi desa " + i, Style.TEXT);
                if (i % 3 == 0) {
                    late.row().number(i, Style.INTEGER).text("Sosialisasi desa " + i, Style.TEXT);
                }
            }
            late.autoFilter(0, late.rowIndex(), 0, 1).printTitles(0, 0);
            assertThat(temp).isNotEmptyDirectory();
            xlsx.sheet("Info", new SheetLayout(new double[] {10}, 0, false, null), 2).row().text("x", Style.TEXT);
        }
        assertThat(temp).isEmptyDirectory();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Semua", "Terlambat", "Info");
            XSSFSheet late = workbook.getSheetAt(1);
            assertThat(late.getLastRowNum()).isEqualTo(rows / 3);
            assertThat(late.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Sosialisasi desa 3");
            assertThat(late.getRow(rows / 3).getCell(0).getNumericCellValue()).isEqualTo(rows / 3 * 3);
            assertThat(late.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B" + (rows / 3 + 1));
            assertThat(late.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(rows);
        }
    }

    @Test
    void a_workbook_that_fails_leaves_no_temporary_file(@TempDir Path temp) throws IOException {
        assertThatThrownBy(() -> {
            try (XlsxWriter xlsx = new XlsxWriter(new ByteArrayOutputStream(), INDONESIAN, " [dipotong]", temp)) {
                SheetLayout layout = new SheetLayout(new double[] {10}, 0, false, null);
                xlsx.sheet("Semua", layout, 0).row().text("a", Style.TEXT);
                xlsx.sheetBeside("Terlambat", layout, 1).row().text("b", Style.TEXT);
                throw new IllegalStateException("cancelled");
            }
        }).hasMessage("cancelled");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void english_readers_get_english_month_names() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(bytes, Locale.ENGLISH, " [cut]")) {
            xlsx.sheet("S", new SheetLayout(new double[] {10}, 0, false, null)).row()
                    .date(LocalDate.of(2025, 7, 22), Style.DATE);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getDataFormatString())
                    .isEqualTo("[$-809]d mmmm yyyy");
        }
    }

    private interface Rows {
        void write(SheetWriter sheet) throws IOException;
    }

    private static XSSFSheet single(Rows rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(bytes, INDONESIAN, " [dipotong]")) {
            rows.write(xlsx.sheet("Uji", new SheetLayout(new double[] {10, 10, 10, 10, 10, 10}, 0, true, null)));
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray())).getSheetAt(0);
    }
}
