package id.sinergi.export;

import static id.sinergi.export.ExportFixture.read;
import static id.sinergi.export.ExportFixture.rowWith;
import static id.sinergi.export.ExportFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.action.ActionItem;
import id.sinergi.action.ActionItemFixture;
import id.sinergi.action.ActionItemService;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.action.ActionItemStatusService;
import id.sinergi.action.NationalStrategy;
import id.sinergi.base.i18n.Translations;
import id.sinergi.desabinaan.Fixtures;
import id.sinergi.meeting.Meeting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SinergiSpringTest
class ProgressReportExportServiceTest {

    @Autowired
    ProgressReportExport export;
    @Autowired
    ExportFixture fixture;
    @Autowired
    Fixtures offices;
    @Autowired
    ActionItemService itemService;
    @Autowired
    ActionItemStatusService statusService;

    Fixtures.TestOffice office;
    ProgressReportFilter ofKanwil;
    ActionItem late;

    /** Three items of the test Kanim and one of its Kanwil: one done, one overdue in progress, one new, one cancelled. */
    @BeforeEach
    void items() {
        office = offices.office();
        ofKanwil = new ProgressReportFilter(null, null, null, null, null, office.kanwil().getId(), null);
        Meeting meeting = fixture.meeting(ActionItemFixture.unique("Rakor laporan"));
        String kanim = office.office().getAbbreviation();
        ActionItem done = fixture.item(meeting, "Pendataan PMI purna", LocalDate.of(2026, 3, 31), kanim,
                NationalStrategy.PREVENTION);
        fixture.progress(done, ActionItemStatus.IN_PROGRESS, 50, "Separuh desa");
        fixture.progress(done, ActionItemStatus.DONE, 100, "Semua desa sudah didata");
        late = fixture.item(meeting, "Operasi gabungan TIMPORA", LocalDate.of(2026, 1, 15), kanim,
                NationalStrategy.LAW_ENFORCEMENT);
        fixture.progress(late, ActionItemStatus.IN_PROGRESS, 30, "Satu operasi di Pelabuhan Merak");
        fixture.item(meeting, "+62 hotline pengaduan", LocalDate.of(2031, 12, 31), kanim, NationalStrategy.PREVENTION);
        ActionItem cancelled = fixture.item(meeting, "Bimtek Pimpasa", LocalDate.of(2031, 6, 30),
                office.kanwil().getAbbreviation(), NationalStrategy.COORDINATION_COOPERATION);
        fixture.loginAs("koordinator");
        ActionItem stored = itemService.get(cancelled.getId());
        statusService.cancel(stored.getId(), stored.getVersion(), "Digabung dengan kegiatan lain");
    }

    @AfterEach
    void logout() {
        fixture.logout();
    }

    @Test
    void summary_counts_per_responsible_agency_with_a_totals_row() throws IOException {
        fixture.loginAs("pimpinan");
        try (XSSFWorkbook workbook = read(write(ofKanwil, Translations.INDONESIAN))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(0)).isEqualTo("Ringkasan");
            assertThat(workbook.getSheetName(1)).isEqualTo("Rencana Aksi");
            assertThat(workbook.getSheetName(2)).isEqualTo("Terlambat");
            assertThat(workbook.getSheetName(3)).isEqualTo("Info");
            XSSFSheet summary = workbook.getSheet("Ringkasan");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("LAPORAN KEMAJUAN RENCANA AKSI");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).contains("Kanwil: " + office.kanwil().getAbbreviation());
            assertThat(texts(summary.getRow(4))).containsExactly("No", "Instansi Penanggung Jawab", "Jumlah", "Selesai",
                    "Sedang berjalan", "Belum dimulai", "Dibatalkan", "Terlambat", "% Selesai");
            XSSFRow kanim = summary.getRow(5).getCell(1).getStringCellValue().contains("Kanim") ? summary.getRow(5)
                    : summary.getRow(6);
            assertThat(texts(kanim).subList(2, 9)).containsExactly("3.0", "1.0", "1.0", "1.0", "0.0", "1.0",
                    String.valueOf(1 / 3.0));
            XSSFRow total = rowWith(summary, 0, "JUMLAH");
            assertThat(total.getRowNum()).isEqualTo(7);
            assertThat(texts(total).subList(2, 9)).containsExactly("4.0", "1.0", "1.0", "1.0", "1.0", "1.0",
                    String.valueOf(1 / 3.0));
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(summary.getMergedRegions()).contains(new CellRangeAddress(7, 7, 0, 1));
            assertThat(summary.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:I7");
            assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
        }
    }

    @Test
    void a_region_narrows_the_report_to_the_items_inside_it_and_is_named_on_the_info_sheet() throws IOException {
        fixture.loginAs("koordinator");
        ActionItem stored = itemService.get(late.getId());
        stored.setRegionCode("36.04");
        itemService.update(stored);
        ProgressReportFilter inSerang = new ProgressReportFilter(null, null, null, null, null, office.kanwil().getId(),
                "36");
        try (XSSFWorkbook workbook = read(write(inSerang, Translations.INDONESIAN))) {
            XSSFSheet items = workbook.getSheet("Rencana Aksi");
            assertThat(items.getLastRowNum()).isEqualTo(1);
            assertThat(items.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Operasi gabungan TIMPORA");
            assertThat(rowWith(workbook.getSheet("Info"), 0, "Filter").getCell(1).getStringCellValue())
                    .contains("Wilayah: Banten");
        }
    }

    @Test
    void item_sheet_has_each_items_latest_update_and_overdue_sheet_the_days_late() throws IOException {
        fixture.loginAs("penghubung.disnaker");
        try (XSSFWorkbook workbook = read(write(ofKanwil, Translations.INDONESIAN))) {
            XSSFSheet items = workbook.getSheet("Rencana Aksi");
            assertThat(texts(items.getRow(0))).containsExactly("No", "Kegiatan", "Strategi", "Penanggung Jawab",
                    "Target Waktu", "Status", "Realisasi (%)", "Progres terakhir", "Tanggal update", "Oleh");
            assertThat(items.getLastRowNum()).isEqualTo(4);
            XSSFRow done = rowWith(items, 1, "Pendataan PMI purna");
            assertThat(done.getCell(7).getStringCellValue()).isEqualTo("Semua desa sudah didata");
            assertThat(DateUtil.isCellDateFormatted(done.getCell(8))).isTrue();
            assertThat(done.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ActionItemService.today());
            assertThat(done.getCell(9).getStringCellValue()).isNotBlank();
            assertThat(rowWith(items, 1, "+62 hotline pengaduan").getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(rowWith(items, 1, "Operasi gabungan TIMPORA").getCell(5).getStringCellValue())
                    .isEqualTo("Sedang berjalan (terlambat)");
            assertThat(items.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5");

            XSSFSheet overdue = workbook.getSheet("Terlambat");
            assertThat(overdue.getLastRowNum()).isEqualTo(1);
            assertThat(overdue.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Operasi gabungan TIMPORA");
            assertThat(overdue.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(
                    (double) ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 15), ActionItemService.today()));

            XSSFSheet info = workbook.getSheet("Info");
            assertThat(rowWith(info, 0, "Dibuat oleh").getCell(1).getStringCellValue()).isNotBlank();
            assertThat(DateUtil.isCellDateFormatted(rowWith(info, 0, "Dibuat pada (WIB)").getCell(1))).isTrue();
            assertThat(rowWith(info, 0, "Jumlah rencana aksi").getCell(1).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void filters_by_status_and_period_and_reports_progress_until_done() throws IOException {
        fixture.loginAs("koordinator");
        ProgressReportFilter inProgress = new ProgressReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                office.office().getId(), ActionItemStatus.IN_PROGRESS, null, null, null);
        AtomicLong reported = new AtomicLong(-1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.write(inProgress, Translations.ENGLISH, bytes, new ExportProgress() {
            @Override
            public void rowsWritten(long done, long total) {
                assertThat(total).isEqualTo(1); // the one item (its overdue row is written in the same step)
                reported.set(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(reported).hasValue(1);
        try (XSSFWorkbook workbook = read(bytes.toByteArray())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheet("Overdue").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Operasi gabungan TIMPORA");
            XSSFSheet items = workbook.getSheet("Action Items");
            assertThat(items.getLastRowNum()).isEqualTo(1);
            assertThat(items.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Operasi gabungan TIMPORA");
            assertThat(rowWith(workbook.getSheet("Info"), 0, "Filters").getCell(1).getStringCellValue())
                    .contains("Status: In progress", "Due from 1 January 2026", "Due until 31 December 2026");
        }
        assertThat(export.fileName(inProgress, Translations.INDONESIAN))
                .matches("laporan-kemajuan-rencana-aksi_2026-01-01-2026-12-31_\\d{4}-\\d{2}-\\d{2}\\.xlsx");
    }

    @Test
    void a_cancelled_export_stops_with_no_file() {
        fixture.loginAs("pimpinan");
        assertThatThrownBy(() -> export.write(ofKanwil, Translations.INDONESIAN, new ByteArrayOutputStream(),
                new ExportProgress() {
                    @Override
                    public void rowsWritten(long done, long total) {
                        // not watched
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                })).isInstanceOf(ExportCancelledException.class);
    }

    @Test
    void nobody_logged_in_gets_no_report() {
        fixture.logout();
        assertThatThrownBy(() -> write(ofKanwil, Translations.INDONESIAN))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private byte[] write(ProgressReportFilter filter, java.util.Locale locale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.write(filter, locale, bytes);
        return bytes.toByteArray();
    }
}
