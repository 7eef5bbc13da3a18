package id.sinergi.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sinergi.SinergiSpringTest;
import id.sinergi.audit.AuditService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import: the full national list, re-imports of a newer edition, bad rows, permissions. Imports that add, rename or
 * retire regions run on a database of their own ({@link FreshRegionDatabase}); the shared one only sees no-op imports.
 */
@SinergiSpringTest
@ExtendWith(OutputCaptureExtension.class)
class RegionImporterTest {

    @TempDir
    Path dir;
    @Autowired
    RegionImporter importer;
    @Autowired
    RegionStartup startup;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static ImportResult run(FreshRegionDatabase database, Path file, ImportMode mode) {
        return database.regionImport().run(file, null, mode, ImportProgress.NONE, r -> { });
    }

    @Test
    void the_national_list_imports_completely_with_levels_parents_and_paths() {
        assumeTrue(Files.isRegularFile(RegionFiles.NATIONAL_LIST), "The national list is not at "
                + RegionFiles.NATIONAL_LIST.toAbsolutePath() + " (it is in this workplace and on CI): test skipped");
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            ImportResult first = run(database, RegionFiles.NATIONAL_LIST, ImportMode.FULL_EDITION);
            assertThat(first.imported()).isTrue();
            assertThat(first.added()).isEqualTo(91_599);
            Map<String, Integer> perLevel = database.jdbc.queryForList("select level, count(*) n from region group by level")
                    .stream().collect(Collectors.toMap(r -> (String) r.get("level"), r -> ((Number) r.get("n")).intValue()));
            assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(Map.of("PROVINCE", 38, "REGENCY", 416, "CITY", 98,
                    "DISTRICT", 7285, "KELURAHAN", 8496, "DESA", 75252, "DESA_ADAT", 14));
            Map<String, Object> pontang = database.jdbc.queryForMap(
                    "select level, parent_code, display_path from region where code = '36.04.12.2001'");
            assertThat(pontang).containsEntry("LEVEL", "DESA").containsEntry("PARENT_CODE", "36.04.12")
                    .containsEntry("DISPLAY_PATH", "Pontang, Pontang, Kab. Serang, Banten");
            assertThat(database.pathOf("12.07.28.1007")).isEqualTo("Lubuk Pakam I,II, Lubuk Pakam, Kab. Deli Serdang, Sumatera Utara");
            assertThat(database.pathOf("36.73")).isEqualTo("Kota Serang, Banten");

            ImportResult again = run(database, RegionFiles.NATIONAL_LIST, ImportMode.FULL_EDITION);
            assertThat(again.unchanged()).isEqualTo(91_599);
            assertThat(again.added() + again.updated() + again.retired()).isZero();
        }
    }

    @Test
    void a_newer_edition_renames_adds_and_retires_but_never_deletes() throws IOException {
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            run(database, RegionFiles.csv(dir, "2024.csv", RegionFiles.PONTANG), ImportMode.FULL_EDITION);
            String edition2025 = RegionFiles.PONTANG.replace("Linduk", "Linduk Baru").replace("36.04.12.2009,Domas\n", "")
                    + "36.04.12.2010,Kalapian\n";
            ImportResult result = run(database, RegionFiles.csv(dir, "2025.csv", edition2025), ImportMode.FULL_EDITION);

            assertThat(List.of(result.added(), result.updated(), result.retired(), result.unchanged()))
                    .containsExactly(1, 1, 1, 4);
            assertThat(database.pathOf("36.04.12.2003")).isEqualTo("Linduk Baru, Pontang, Kab. Serang, Banten");
            assertThat(database.pathOf("36.04.12.2010")).isEqualTo("Kalapian, Pontang, Kab. Serang, Banten");
            assertThat(database.isRetired("36.04.12.2009")).isTrue();
            assertThat(database.pathOf("36.04.12.2009")).as("a retired region still shows").isEqualTo("Domas, Pontang, Kab. Serang, Banten");

            ImportResult back = run(database, RegionFiles.csv(dir, "2026.csv", RegionFiles.PONTANG), ImportMode.FULL_EDITION);
            assertThat(database.isRetired("36.04.12.2009")).isFalse();
            assertThat(back.updated()).as("Domas back, Linduk renamed back").isEqualTo(2);
            assertThat(database.isRetired("36.04.12.2010")).isTrue();
        }
    }

    @Test
    void renaming_a_regency_renews_the_paths_of_every_region_below_it() throws IOException {
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            run(database, RegionFiles.csv(dir, "a.csv", RegionFiles.PONTANG), ImportMode.FULL_EDITION);
            run(database, RegionFiles.csv(dir, "b.csv", "kode,nama\n36.04,Kabupaten Serang Raya\n"), ImportMode.ADDITIONS);
            assertThat(database.pathOf("36.04.12.2001")).isEqualTo("Pontang, Pontang, Kab. Serang Raya, Banten");
            assertThat(database.jdbc.queryForObject("select search_text from region where code = '36.04.12.2001'", String.class))
                    .isEqualTo("36.04.12.2001 pontang, pontang, kabupaten serang raya, banten");
        }
    }

    @Test
    void an_additions_file_may_rely_on_stored_parents_and_retires_nothing_while_a_full_edition_may_not() throws IOException {
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            run(database, RegionFiles.csv(dir, "a.csv", RegionFiles.PONTANG), ImportMode.FULL_EDITION);
            Path additions = RegionFiles.csv(dir, "b.csv", "kode,nama\n36.04.12.2010,Kalapian\n");
            ImportResult full = run(database, additions, ImportMode.FULL_EDITION);
            assertThat(full.imported()).isFalse();
            assertThat(full.problems()).containsExactly(
                    ImportProblem.of(2, "region.import.row.parentMissing", "36.04.12.2010", "36.04.12"));

            ImportResult added = run(database, additions, ImportMode.ADDITIONS);
            assertThat(List.of(added.added(), added.retired())).containsExactly(1, 0);
            assertThat(database.count("retired = false")).isEqualTo(7);
        }
    }

    @Test
    void bad_rows_are_listed_with_their_line_numbers_and_nothing_is_imported() throws IOException {
        String text = RegionFiles.PONTANG + """
                36.4,Kabupaten Salah
                36.04.12.2010,
                36.04.12.2003,Linduk Lagi
                36.05.01,Tanpa Induk
                36.04.12.2011,Desa,Tambahan
                ,Tanpa Kode
                36.04.12.4001,Bukan Desa
                """;
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            ImportResult result = run(database, RegionFiles.csv(dir, "salah.csv", text), ImportMode.FULL_EDITION);
            assertThat(result.imported()).isFalse();
            assertThat(result.problemCount()).isEqualTo(7);
            assertThat(result.problems()).extracting(p -> p.line() + " " + p.messageKey() + " " + p.arguments()).containsExactly(
                    "8 region.import.row.codeShape [36.4]",
                    "9 region.import.row.nameMissing []",
                    "10 region.import.row.duplicate [36.04.12.2003, 6]",
                    "11 region.import.row.parentMissing [36.05.01, 36.05]",
                    "12 region.import.row.columns [3]",
                    "13 region.import.row.codeMissing []",
                    "14 region.import.row.codeShape [36.04.12.4001]");
            assertThat(database.count("")).as("nothing imported").isZero();
        }
    }

    @Test
    void many_bad_rows_list_the_first_hundred_and_give_the_total() throws IOException {
        StringBuilder text = new StringBuilder("kode,nama\n");
        for (int i = 0; i < 250; i++) {
            text.append("99.").append(i).append(",Salah\n");
        }
        try (FreshRegionDatabase database = new FreshRegionDatabase()) {
            ImportResult result = run(database, RegionFiles.csv(dir, "banyak.csv", text.toString()), ImportMode.FULL_EDITION);
            assertThat(result.problems()).hasSize(ImportResult.MAX_PROBLEMS_LISTED);
            assertThat(result.problemCount()).isEqualTo(250);
            assertThat(result.problems().get(0).line()).isEqualTo(2);
        }
    }

    @Test
    void only_an_administrator_may_import() throws IOException {
        String fileName = "wilayah-" + java.util.UUID.randomUUID() + ".csv";
        Path file = RegionFiles.csv(dir, fileName, RegionFiles.PONTANG);
        for (String username : new String[] {"koordinator", "penghubung.disnaker", "pimpinan"}) {
            loginAs(username);
            assertThatThrownBy(() -> importer.importFile(file, fileName, ImportMode.ADDITIONS, ImportProgress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
        loginAs("admin");
        ImportResult result = importer.importFile(file, fileName, ImportMode.ADDITIONS, ImportProgress.NONE);
        assertThat(result.imported()).isTrue();
        assertThat(result.unchanged()).as("the demo data has these regions with these names").isEqualTo(6);
        assertThat(audit.history("Region", RegionImporter.AUDIT_ENTITY_ID)).filteredOn(e -> e.getDetails().contains(fileName))
                .singleElement().satisfies(e -> {
                    assertThat(e.getUsername()).isEqualTo("admin");
                    assertThat(e.getAction()).isEqualTo("REGION_IMPORT");
                });
    }

    @Test
    void the_start_up_import_runs_without_a_user_and_logs_what_it_refused(CapturedOutput output) throws IOException {
        ImportResult result = importer.importAsSystem(RegionFiles.csv(dir, "wilayah.csv", RegionFiles.PONTANG), ImportMode.ADDITIONS);
        assertThat(result.unchanged()).isEqualTo(6);

        startup.importAtStart(RegionFiles.csv(dir, "rusak.csv", RegionFiles.PONTANG + "36.04.12.2010,\n"));
        assertThat(output).contains("Region import refused, nothing changed: 1 bad rows in")
                .contains("line 8: The name is empty.");
        startup.importAtStart(dir.resolve("tidak-ada.csv"));
        assertThat(output).contains("Region import skipped:").contains("tidak-ada.csv is not a readable file");
    }

    private void loginAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
