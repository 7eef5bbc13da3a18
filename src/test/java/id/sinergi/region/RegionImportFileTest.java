package id.sinergi.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sinergi.PostgresAvailable;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.base.i18n.Translations;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Files that are broken as a whole are refused with a translated message and change nothing; odd but valid ones import. */
@ExtendWith(PostgresAvailable.class)
class RegionImportFileTest {

    private static final Translations TRANSLATIONS = new Translations();

    @TempDir
    Path dir;
    private FreshRegionDatabase database;

    @BeforeEach
    void seed() throws IOException {
        database = new FreshRegionDatabase();
        database.regionImport().run(RegionFiles.csv(dir, "seed.csv", RegionFiles.PONTANG), null, ImportMode.FULL_EDITION,
                ImportProgress.NONE, r -> { });
    }

    @AfterEach
    void drop() {
        database.close();
    }

    private String refusal(RegionImport regionImport, Path file) {
        BusinessRuleException error = catchThrowableOfType(BusinessRuleException.class, () -> regionImport.run(file, null,
                ImportMode.FULL_EDITION, ImportProgress.NONE, r -> { }));
        assertThat(error).as("refused").isNotNull();
        assertThat(database.count("")).as("nothing changed").isEqualTo(6);
        assertThat(database.pathOf("36.04.12.2003")).isEqualTo("Linduk, Pontang, Kab. Serang, Banten");
        for (var locale : Translations.LOCALES) {
            assertThat(TRANSLATIONS.has(error.messageKey(), locale)).as(error.messageKey() + " in " + locale).isTrue();
        }
        return TRANSLATIONS.getTranslation(error.messageKey(), Translations.ENGLISH, error.arguments());
    }

    private String refusal(Path file) {
        return refusal(database.regionImport(), file);
    }

    @Test
    void wrong_column_titles_are_refused_showing_what_was_found() throws IOException {
        assertThat(refusal(RegionFiles.csv(dir, "a.csv", "code;region;population\n36;Banten;12000000\n")))
                .isEqualTo("The first row must hold the column titles kode,nama; found: code;region;population");
    }

    @Test
    void a_latin1_file_is_refused_as_not_utf8_with_the_line_where_it_breaks() throws IOException {
        String text = RegionFiles.PONTANG + "53,Nusa Tenggara Timur\n53.07,Kabupaten Ngada\n53.07.01,Aimere\n"
                + "53.07.01.2021,Regapu’u\n";
        byte[] windows1252 = text.getBytes(Charset.forName("windows-1252"));
        assertThat(refusal(RegionFiles.bytes(dir, "ntt.csv", windows1252))).startsWith("This file is not UTF-8 text (line 11)");
    }

    @Test
    void a_utf16_file_is_refused_as_not_utf8() throws IOException {
        byte[] utf16 = RegionFiles.PONTANG.getBytes(StandardCharsets.UTF_16);
        assertThat(refusal(RegionFiles.bytes(dir, "unicode.csv", utf16))).startsWith("This file is not UTF-8 text (line 1)");
    }

    @Test
    void an_empty_file_and_a_file_with_only_the_header_are_refused() throws IOException {
        String empty = "The file is empty: there are no region rows below the column titles.";
        assertThat(refusal(RegionFiles.csv(dir, "empty.csv", ""))).isEqualTo(empty);
        assertThat(refusal(RegionFiles.csv(dir, "header.csv", "kode,nama\n\n"))).isEqualTo(empty);
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
        Path big = dir.resolve("besar.csv");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertThat(refusal(big)).isEqualTo("The file is too large (50 MB); the limit is 20 MB.");
        Path small = RegionFiles.csv(dir, "kecil.csv", RegionFiles.PONTANG);
        assertThat(refusal(database.regionImport(100), small)).startsWith("The file is too large");
    }

    @Test
    void a_binary_file_renamed_csv_is_refused() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, noise, 0, 8);
        assertThat(refusal(RegionFiles.bytes(dir, "foto.csv", noise)))
                .isEqualTo("This file is not CSV text (it holds binary data). Upload a UTF-8 CSV or an Excel .xlsx file.");
        Path workbook = RegionFiles.xlsx(dir, "wilayah.xlsx", new String[] {"kode", "nama"}, new String[] {"36", "Banten"});
        assertThat(refusal(RegionFiles.bytes(dir, "wilayah.csv", java.nio.file.Files.readAllBytes(workbook))))
                .startsWith("This file is not CSV text");
    }

    @Test
    void a_zip_bomb_renamed_xlsx_is_refused_by_the_zip_guard() throws IOException {
        assertThat(refusal(RegionFiles.zipBomb(dir, "wilayah.xlsx"))).contains("a possible zip bomb");
    }

    @Test
    void an_xlsx_that_is_not_a_zip_or_an_old_xls_is_refused() throws IOException {
        assertThat(refusal(RegionFiles.csv(dir, "teks.xlsx", RegionFiles.PONTANG)))
                .isEqualTo("This file is not a valid Excel .xlsx file.");
        byte[] ole2 = new byte[1024];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, ole2, 0, 8);
        assertThat(refusal(RegionFiles.bytes(dir, "lama.xlsx", ole2))).startsWith("This is an old Excel file (.xls)");
    }

    @Test
    void other_file_types_and_an_unclosed_quote_are_refused() throws IOException {
        assertThat(refusal(RegionFiles.csv(dir, "wilayah.pdf", RegionFiles.PONTANG))).startsWith("Files like \"wilayah.pdf\"");
        assertThat(refusal(RegionFiles.csv(dir, "kutip.csv", RegionFiles.PONTANG + "36.04.12.2010,\"Desa Baru\n36.04,X\n")))
                .isEqualTo("The quote opened on line 8 is never closed.");
    }

    @Test
    void excel_style_csv_with_bom_semicolons_crlf_and_quoted_commas_imports() throws IOException {
        String text = "\uFEFFKode;Nama\r\n36;Banten\r\n36.04;Kabupaten Serang\r\n36.04.12;Pontang\r\n"
                + "36.04.12.2001;\"Pontang; Kidul\"\r\n36.04.12.2003;\"Linduk \"\"Lama\"\"\"\r\n36.04.12.2009;Domas\r\n";
        ImportResult result = database.regionImport().run(RegionFiles.csv(dir, "excel.csv", text), null,
                ImportMode.FULL_EDITION, ImportProgress.NONE, r -> { });
        assertThat(result.imported()).isTrue();
        assertThat(result.updated()).isEqualTo(2);
        assertThat(database.pathOf("36.04.12.2001")).isEqualTo("Pontang; Kidul, Pontang, Kab. Serang, Banten");
        assertThat(database.pathOf("36.04.12.2003")).isEqualTo("Linduk \"Lama\", Pontang, Kab. Serang, Banten");
    }

    @Test
    void an_xlsx_with_the_two_columns_imports() throws IOException {
        Path file = RegionFiles.xlsx(dir, "wilayah.xlsx", new String[] {"kode", "nama"}, new String[] {"36", "Banten"},
                new String[] {"36.04", "Kabupaten Serang"}, new String[] {"36.04.12", "Pontang"},
                new String[] {"36.04.12.2001", "Pontang"}, new String[] {"36.04.12.2003", "Linduk"},
                new String[] {"36.04.12.2009", "Domas"}, new String[] {"36.04.12.2010", "Kalapian"});
        ImportResult result = database.regionImport().run(file, null, ImportMode.FULL_EDITION, ImportProgress.NONE, r -> { });
        assertThat(result.imported()).isTrue();
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(6);
        assertThat(database.pathOf("36.04.12.2010")).isEqualTo("Kalapian, Pontang, Kab. Serang, Banten");
    }
}
