package id.sinergi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.SinergiSpringTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@SinergiSpringTest
class SpreadsheetLimitsTest {

    @Test
    void the_zip_bomb_limits_are_set_for_the_whole_app_at_start() {
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(200L * 1024 * 1024);
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(50L * 1024 * 1024);
        assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(1000);
    }

    @Test
    void a_workbook_that_inflates_suspiciously_is_refused_when_opened() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Wilayah");
            for (int i = 0; i < 200; i++) {
                sheet.createRow(i).createCell(0).setCellValue("a".repeat(30_000) + i);
            }
            workbook.write(bomb);
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> new XSSFWorkbook(new ByteArrayInputStream(bomb.toByteArray())).close())
                .hasStackTraceContaining("Zip bomb detected");
    }
}
