package id.sinergi.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.sinergi.FreshDatabase;
import id.sinergi.PostgresAvailable;
import id.sinergi.TestProfiles;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrations V0017 and V0020 fill the word index, with each item's due date, status and strategy, and V0022 gives each
 * item its province, for the items that were there before them (a database of the test's own: an in-memory H2, or in
 * the PostgreSQL run a fresh schema dropped afterwards).
 */
@ExtendWith(PostgresAvailable.class)
class ActionItemWordMigrationTest {

    @Test
    void items_saved_before_the_word_index_existed_get_their_words() {
        String schema = "words_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource dataSource = FreshDatabase.dataSource(schema)) {
            String schemas = TestProfiles.onPostgres() ? schema : "PUBLIC";
            Flyway.configure().dataSource(dataSource).schemas(schemas).target("0015").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (String[] region : new String[][] {{"36", "Banten", "PROVINCE", null},
                    {"36.04", "Kabupaten Serang", "REGENCY", "36"}, {"32", "Jawa Barat", "PROVINCE", null},
                    {"32.01", "Kabupaten Bogor", "REGENCY", "32"}, {"32.01.05", "Cibinong", "DISTRICT", "32.01"}}) {
                jdbc.update("insert into region (code, name, level, parent_code) values (?, ?, ?, ?)",
                        (Object[]) region);
            }
            jdbc.update("insert into agency (id, name, abbreviation, category, region_code) values (1,"
                    + " 'Kantor Imigrasi Serang', 'Kanim Serang', 'IMMIGRATION_OFFICE', '36.04')");
            jdbc.update("insert into agency (id, name, abbreviation, category) values (2, 'Kementerian Hukum',"
                    + " 'Kemenkum', 'MINISTRY')");
            jdbc.update("insert into meeting (id, kind, title, starts_at, ends_at, organizer_id, status) values (1, 'OTHER',"
                    + " 'Rakor', timestamp '2025-01-06 09:00:00', timestamp '2025-01-06 12:00:00', 1, 'FINAL')");
            for (int id = 1; id <= 1_201; id++) {
                jdbc.update("insert into action_item (id, origin_meeting_id, item_number, activity, output_indicator,"
                        + " due_date, responsible_agency_id, strategy, status, notes, created_at) values (?, 1, ?, ?, ?,"
                        + " date '2025-03-01', 1, 'PREVENTION', 'NOT_STARTED', ?, timestamp '2025-01-06 12:00:00')",
                        id, id, "Penerbitan Paspor (" + id + ")", id == 1 ? "Data non-prosedural" : null,
                        id == 1 ? "Catatan paspor" : null);
            }
            jdbc.update("update action_item set due_date = date '2025-04-15', status = 'DONE', strategy = 'LAW_ENFORCEMENT'"
                    + " where id = 1201");
            jdbc.update("update action_item set region_code = '32.01.05' where id = 1");
            jdbc.update("update action_item set responsible_agency_id = 2 where id = 3");

            Flyway.configure().dataSource(dataSource).schemas(schemas).load().migrate();

            assertThat(jdbc.queryForList("select word from action_item_word where item_id = 1 order by word",
                    String.class)).containsExactly("1", "catatan", "data", "non", "paspor", "penerbitan", "prosedural");
            assertThat(jdbc.queryForObject("select count(*) from action_item_word where word = 'paspor'", Long.class))
                    .as("every item, over several inserts of 500 rows").isEqualTo(1_201);
            assertThat(jdbc.queryForList("select word from action_item_word where item_id = 1201 order by word",
                    String.class)).containsExactly("1201", "paspor", "penerbitan");
            assertThat(jdbc.query("select distinct due_date, status, strategy from action_item_word where item_id = ?",
                    (row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3), 1201))
                    .as("V0020 copies each item's due date, status and strategy").containsExactly("2025-04-15 DONE"
                            + " LAW_ENFORCEMENT");
            assertThat(jdbc.queryForObject("select count(*) from action_item_word where due_date = date '2025-03-01'"
                    + " and status = 'NOT_STARTED' and strategy = 'PREVENTION'", Long.class))
                    .isEqualTo(jdbc.queryForObject("select count(*) from action_item_word where item_id < 1201",
                            Long.class));
            assertThat(jdbc.queryForList("select province_code from action_item where id <= 3 order by id",
                    String.class)).as("V0022: the province of the item's own region, else of its agency's, else none")
                    .containsExactly("32", "36", null);
            if (TestProfiles.onPostgres()) {
                jdbc.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
