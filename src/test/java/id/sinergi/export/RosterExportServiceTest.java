package id.sinergi.export;

import static id.sinergi.export.ExportFixture.read;
import static id.sinergi.export.ExportFixture.rowWith;
import static id.sinergi.export.ExportFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import id.sinergi.base.i18n.Translations;
import id.sinergi.desabinaan.ActivityKind;
import id.sinergi.desabinaan.DesaBinaan;
import id.sinergi.desabinaan.Fixtures;
import id.sinergi.desabinaan.Quarter;
import id.sinergi.desabinaan.RosterFilter;
import id.sinergi.desabinaan.VillageActivity;
import id.sinergi.desabinaan.VillageActivityService;
import id.sinergi.region.Region;
import id.sinergi.region.RegionService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SinergiSpringTest
class RosterExportServiceTest {

    @Autowired
    RosterExport export;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VillageActivityService activities;
    @Autowired
    RegionService regions;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void roster_lists_villages_per_kanwil_and_office_with_the_quarters_activities_and_subtotals() throws IOException {
        Fixtures.TestOffice office = fixtures.office();
        DesaBinaan first = fixtures.assignment(office);
        DesaBinaan second = fixtures.assignment(office);
        Quarter previous = Quarter.current().previous();
        activities.createBySystem(new VillageActivity(first, previous.start().plusDays(3), ActivityKind.SOSIALISASI_PENYULUHAN,
                "Migrasi aman", 12, 18));
        activities.createBySystem(new VillageActivity(first, previous.end(), ActivityKind.VISIT, "Kunjungan", 2, 1));
        activities.createBySystem(new VillageActivity(second, previous.start(), ActivityKind.COORDINATION, "Koordinasi", 5, 0));
        activities.createBySystem(new VillageActivity(second, previous.start().minusDays(1), ActivityKind.VISIT,
                "Triwulan sebelumnya", 40, 40));
        fixtures.loginAs("penghubung.imigrasi");
        RosterFilter filter = new RosterFilter(office.kanwil().getId(), null, null, null, null, null, null);

        try (XSSFWorkbook workbook = read(write(filter, previous))) {
            XSSFSheet sheet = workbook.getSheet("Desa Binaan");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DAFTAR DESA BINAAN");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("triwulan " + previous.number());
            assertThat(texts(sheet.getRow(5))).containsExactly("No", "Desa/Kelurahan", "Kecamatan", "Kabupaten/Kota",
                    "Kode Wilayah", "Program", "No. SK", "Tgl SK", "Pengukuhan", "Pimpasa", "Status", "Kegiatan",
                    "Peserta L", "Peserta P", "Jumlah Peserta");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("KANWIL: " + office.kanwil().getName());
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Kantor: " + office.office().getName());
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A7:O7"), CellRangeAddress.valueOf("A8:O8"));

            Region village = regions.findByCode(first.getVillageCode()).orElseThrow();
            XSSFRow firstRow = rowWith(sheet, 1, village.getName());
            assertThat(firstRow.getCell(2).getStringCellValue()).isEqualTo("Pontang");
            assertThat(firstRow.getCell(4).getStringCellValue()).isEqualTo(first.getVillageCode());
            assertThat(firstRow.getCell(6).getStringCellValue()).isEqualTo("SK-UJI/" + first.getVillageCode());
            assertThat(DateUtil.isCellDateFormatted(firstRow.getCell(7))).isTrue();
            assertThat(firstRow.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first.getSkDate());
            assertThat(firstRow.getCell(9).getStringCellValue()).isEqualTo(office.officers().getFirst().getName());
            assertThat(texts(firstRow).subList(11, 15)).containsExactly("2.0", "14.0", "19.0", "33.0");

            XSSFRow officeTotal = rowWith(sheet, 0, "Subtotal " + office.office().getAbbreviation() + " (2 desa)");
            assertThat(officeTotal.getRowNum()).isEqualTo(10);
            assertThat(texts(officeTotal).subList(11, 15)).containsExactly("3.0", "19.0", "19.0", "38.0");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(10, 10, 0, 10));
            XSSFRow kanwilTotal = rowWith(sheet, 0, "Subtotal " + office.kanwil().getAbbreviation() + " (2 desa)");
            assertThat(kanwilTotal.getRowNum()).isEqualTo(11);
            assertThat(kanwilTotal.getCell(14).getNumericCellValue()).isEqualTo(38);
            XSSFRow total = rowWith(sheet, 0, "JUMLAH SELURUHNYA (2 desa)");
            assertThat(total.getCell(11).getNumericCellValue()).isEqualTo(3);
            assertThat(total.getCell(11).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A6:O12");
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("6:6"));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void english_roster_has_english_headings() throws IOException {
        fixtures.loginAs("pimpinan");
        Fixtures.TestOffice office = fixtures.office();
        RosterFilter empty = new RosterFilter(office.kanwil().getId(), null, null, null, null, null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.write(empty, Quarter.current(), Translations.ENGLISH, bytes);
        try (XSSFWorkbook workbook = read(bytes.toByteArray())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DESA BINAAN ROSTER");
            assertThat(texts(sheet.getRow(5))).startsWith("No", "Village", "District", "Regency/City");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("No fostered villages.");
        }
        assertThat(export.fileName(new Quarter(2026, 4), Translations.ENGLISH))
                .matches("desa-binaan-roster_2026-q4_\\d{4}-\\d{2}-\\d{2}\\.xlsx");
    }

    @Test
    void nobody_logged_in_gets_no_roster() {
        fixtures.logout();
        assertThatThrownBy(() -> write(RosterFilter.all(), Quarter.current()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private byte[] write(RosterFilter filter, Quarter quarter) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        export.write(filter, quarter, Translations.INDONESIAN, bytes);
        return bytes.toByteArray();
    }
}
