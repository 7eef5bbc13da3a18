package id.sinergi.export;

import static id.sinergi.export.ExportFixture.read;
import static id.sinergi.export.ExportFixture.rowWith;
import static id.sinergi.export.ExportFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.NationalStrategy;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditService;
import id.sinergi.base.i18n.Translations;
import id.sinergi.meeting.Meeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@SinergiSpringTest
class ActionPlanExportServiceTest {

    @Autowired
    ActionPlanExport export;
    @Autowired
    ExportFixture fixture;
    @Autowired
    AuditService auditService;

    Meeting meeting;
    ActionItem late;
    ActionItem formula;

    @BeforeEach
    void plan() {
        meeting = fixture.meeting(ActionItemFixture.unique("Rakor Banten"));
        fixture.item(meeting, "Penegakan hukum terhadap calo PMI", LocalDate.of(2026, 6, 30), "Polda Banten",
                NationalStrategy.LAW_ENFORCEMENT);
        late = fixture.item(meeting, "Sosialisasi migrasi aman di desa", LocalDate.of(2025, 12, 15), "BP3MI Banten",
                NationalStrategy.PREVENTION, "Kanim Serang", "Disnakertrans Kab. Serang");
        fixture.progress(late, ActionItemStatus.IN_PROGRESS, 40, "Dua desa sudah");
        formula = fixture.item(meeting, "=HYPERLINK(\"http://contoh\",\"klik\")", LocalDate.of(2030, 1, 31), "Kanim Serang",
                NationalStrategy.PREVENTION);
    }

    @AfterEach
    void logout() {
        fixture.logout();
    }

    @Test
    void meeting_matrix_has_title_block_grouped_table_and_signature_in_indonesian() throws IOException {
        fixture.loginAs("pimpinan");
        try (XSSFWorkbook workbook = read(write(ActionItemFilter.ofMeeting(meeting.getId()), Translations.INDONESIAN))) {
            XSSFSheet sheet = workbook.getSheet("Matriks Rencana Aksi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("MATRIKS RENCANA AKSI");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:K1"), CellRangeAddress.valueOf("A2:K2"));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(meeting.getTitle());
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .contains("Rakor Lintas Sektoral", "Selasa, 28 Oktober 2025", "09.00");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Tempat: Aula Kanwil Imigrasi Banten, Serang");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).startsWith("Penyelenggara: ");
            assertThat(texts(sheet.getRow(6))).containsExactly("No", "Kegiatan", "Output/Indikator", "Target",
                    "Target Waktu", "Penanggung Jawab", "Instansi Terkait", "Anggaran (Rp)", "Status", "Realisasi (%)",
                    "Keterangan");
            assertThat(sheet.getRow(6).getCell(0).getCellStyle().getFont().getBold()).isTrue();

            // strategies in the national plan's order, each with its header row over the whole width
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("I. PENCEGAHAN");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A8:K8"));
            XSSFRow lateRow = rowWith(sheet, 1, "Sosialisasi migrasi aman di desa");
            Row enforcement = rowWith(sheet, 0, "V. PENEGAKAN HUKUM");
            assertThat(lateRow.getRowNum()).isBetween(8, enforcement.getRowNum() - 1);
            assertThat(rowWith(sheet, 1, "Penegakan hukum terhadap calo PMI").getRowNum()).isEqualTo(enforcement.getRowNum() + 1);

            assertThat(lateRow.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(lateRow.getCell(3).getStringCellValue()).isEqualTo("12 kegiatan");
            assertThat(lateRow.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(lateRow.getCell(4))).isTrue();
            assertThat(lateRow.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 15));
            assertThat(lateRow.getCell(4).getCellStyle().getDataFormatString()).startsWith("[$-421]");
            assertThat(lateRow.getCell(5).getStringCellValue()).isEqualTo("BP3MI Banten");
            assertThat(lateRow.getCell(6).getStringCellValue()).isEqualTo("Disnakertrans Kab. Serang, Kanim Serang");
            assertThat(lateRow.getCell(7).getNumericCellValue()).isEqualTo(15_000_000d);
            assertThat(lateRow.getCell(8).getStringCellValue()).isEqualTo("Sedang berjalan (terlambat)");
            assertThat(lateRow.getCell(9).getNumericCellValue()).isEqualTo(0.4);
            assertThat(lateRow.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(lateRow.getCell(10).getStringCellValue()).contains("Sumber anggaran: DIPA Kanwil");
            assertThat(lateRow.getCell(1).getCellStyle().getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFCE4D6");
            assertThat(lateRow.getCell(1).getCellStyle().getWrapText()).isTrue();

            XSSFRow formulaRow = rowWith(sheet, 1, "=HYPERLINK(\"http://contoh\",\"klik\")");
            assertThat(formulaRow.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaRow.getCell(8).getStringCellValue()).isEqualTo("Belum dimulai");
            assertThat(formulaRow.getCell(1).getCellStyle().getFillForegroundColorColor()).isNull();

            int lastTableRow = enforcement.getRowNum() + 1;
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 7);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A7:K" + (lastTableRow + 1));
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("7:7"));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getFitToPage()).isTrue();

            Row acknowledged = rowWith(sheet, 7, "Mengetahui,");
            assertThat(acknowledged.getRowNum()).isGreaterThan(lastTableRow);
            assertThat(sheet.getRow(acknowledged.getRowNum() + 1).getCell(7).getStringCellValue())
                    .isEqualTo("Kepala Kantor Wilayah Imigrasi Banten");
            XSSFRow name = rowWith(sheet, 7, "Dr. Rahmat Hidayat, S.H., M.H.");
            assertThat(name.getCell(7).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(name.getRowNum(), name.getRowNum(), 7, 10));
        }
    }

    @Test
    void english_readers_get_english_headings_and_file_name() throws IOException {
        fixture.loginAs("pimpinan");
        ActionItemFilter filter = ActionItemFilter.ofMeeting(meeting.getId());
        try (XSSFWorkbook workbook = read(write(filter, Translations.ENGLISH))) {
            XSSFSheet sheet = workbook.getSheet("Action Plan Matrix");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ACTION PLAN MATRIX");
            assertThat(texts(sheet.getRow(6))).startsWith("No", "Activity", "Output/Indicator", "Target", "Due Date");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("I. PREVENTION");
            assertThat(rowWith(sheet, 1, "Sosialisasi migrasi aman di desa").getCell(4).getCellStyle()
                    .getDataFormatString()).startsWith("[$-809]");
        }
        assertThat(export.fileName(filter, Translations.ENGLISH)).startsWith("action-plan-matrix_rakor-banten-")
                .endsWith("_2025-10-28.xlsx");
        assertThat(export.fileName(filter, Translations.INDONESIAN)).matches(
                "matriks-rencana-aksi_rakor-banten-[0-9a-f]{8}_2025-10-28\\.xlsx");
    }

    @Test
    void list_filter_export_holds_exactly_the_items_the_list_shows_and_is_audited() throws IOException {
        fixture.loginAs("penghubung.imigrasi");
        ActionItemFilter filter = new ActionItemFilter(fixture.items.agency("BP3MI Banten").getId(), null, null, false,
                null, null, null, meeting.getId(), null, null);
        try (XSSFWorkbook workbook = read(write(filter, Translations.INDONESIAN))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(meeting.getTitle());
            List<String> activities = new java.util.ArrayList<>();
            for (int r = 8; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(5) != null && row.getCell(5).getCellType() == CellType.STRING) {
                    activities.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(activities).containsExactly("Sosialisasi migrasi aman di desa");
        }
        fixture.loginAs("admin");
        assertThat(auditService.search(new AuditFilter(null, null, "penghubung.imigrasi", "EXPORT", null, null),
                PageRequest.of(0, 5))).anySatisfy(e -> assertThat(e.getDetails()).contains("Penanggung jawab: BP3MI Banten"));
    }

    @Test
    void export_of_all_meetings_names_the_filter_and_leaves_the_signature_open() throws IOException {
        fixture.loginAs("koordinator");
        ActionItemFilter filter = ActionItemFilter.ALL.withText("Sosialisasi migrasi aman di desa");
        try (XSSFWorkbook workbook = read(write(filter, Translations.INDONESIAN))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Rencana aksi dari rapat-rapat koordinasi");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Filter: Teks: \"Sosialisasi migrasi aman di desa\"");
            assertThat(rowWith(sheet, 7, "Pimpinan Rapat").getCell(7).getStringCellValue()).isEqualTo("Pimpinan Rapat");
        }
        assertThat(export.fileName(filter, Translations.INDONESIAN)).startsWith("matriks-rencana-aksi_semua-rapat_");
    }

    @Test
    void nobody_logged_in_gets_no_matrix() {
        fixture.logout();
        assertThatThrownBy(() -> write(ActionItemFilter.ofMeeting(meeting.getId()), Translations.INDONESIAN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private byte[] write(ActionItemFilter filter, java.util.Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.write(filter, locale, bytes);
        return bytes.toByteArray();
    }
}
