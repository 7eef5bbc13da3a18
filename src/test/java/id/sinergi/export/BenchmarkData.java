package id.sinergi.export;

import id.sinergi.action.NationalStrategy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Action items for the export benchmark, inserted by JDBC batches with every matrix column filled, one or two supporting
 * agencies and, for every third item, a progress update. Grows the table to a given size.
 */
final class BenchmarkData {

    private static final int BATCH = 10_000;
    private static final String[] STATUSES = {"NOT_STARTED", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "CANCELLED"};
    private static final String[] PLACES = {"Tirtayasa", "Pontang", "Tanara", "Sajingan", "Temajuk", "Paloh"};

    private final JdbcTemplate jdbc;
    private final List<Long> agencies;
    private final List<Long> meetings = new ArrayList<>();
    private int count;

    BenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new Object[] {"Instansi uji " + i, "IU-" + i});
        }
        jdbc.batchUpdate("insert into agency (name, abbreviation, category) values (?, ?, 'REGIONAL_GOVERNMENT')", rows);
        this.agencies = jdbc.queryForList("select id from agency order by id", Long.class);
    }

    void growTo(int size) {
        while (meetings.size() < size / 20 + 1) {
            LocalDateTime start = LocalDateTime.of(2020, 1, 6, 9, 0).plusHours(12L * meetings.size());
            jdbc.update("insert into meeting (kind, title, starts_at, ends_at, organizer_id, status) "
                    + "values ('RAKOR_LINTAS_SEKTORAL', ?, ?, ?, ?, 'HELD')", "Rapat uji " + meetings.size(), start,
                    start.plusHours(2), agencies.getFirst());
            meetings.add(jdbc.queryForObject("select max(id) from meeting", Long.class));
        }
        for (int start = count; start < size; start += BATCH) {
            insert(start, Math.min(size, start + BATCH));
        }
        count = Math.max(count, size);
    }

    private void insert(int from, int to) {
        List<Object[]> rows = new ArrayList<>();
        NationalStrategy[] strategies = NationalStrategy.values();
        for (int i = from; i < to; i++) {
            String status = STATUSES[i % STATUSES.length];
            rows.add(new Object[] {meetings.get(i / 20), i % 20 + 1,
                "Sosialisasi pencegahan TPPO dan migrasi aman di desa " + PLACES[i % PLACES.length] + " " + i,
                "Laporan kegiatan dan daftar hadir", 4 + i % 9, "kegiatan", LocalDate.of(2024, 1, 1).plusDays(i % 1500),
                agencies.get(i % agencies.size()), "APBD Provinsi", 5_000_000L + 250_000L * (i % 40),
                strategies[i % strategies.length].name(), status, status.equals("DONE") ? 100 : i % 90,
                i % 3 == 0 ? "Perlu koordinasi dengan pemerintah desa" : null, LocalDateTime.of(2024, 1, 1, 0, 0)});
        }
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from action_item", Long.class);
        jdbc.batchUpdate("insert into action_item (origin_meeting_id, item_number, activity, output_indicator, "
                + "target_amount, target_unit, due_date, responsible_agency_id, budget_source, budget_amount, strategy, "
                + "status, progress, notes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        List<Long> ids = jdbc.queryForList("select id from action_item where id > ? order by id", Long.class, before);
        List<Object[]> supporting = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            int i = from + k;
            supporting.add(new Object[] {ids.get(k), agencies.get((i + 5) % agencies.size())});
            if (i % 2 == 0) {
                supporting.add(new Object[] {ids.get(k), agencies.get((i + 11) % agencies.size())});
            }
            if (i % 3 == 0) {
                updates.add(new Object[] {ids.get(k), LocalDateTime.of(2025, 6, 1, 10, 0).plusMinutes(i),
                    "Petugas Uji " + i % 50, STATUSES[i % STATUSES.length].equals("CANCELLED") ? "IN_PROGRESS"
                        : STATUSES[i % STATUSES.length], STATUSES[i % STATUSES.length].equals("DONE") ? 100 : i % 90,
                    "Kegiatan di desa " + PLACES[i % PLACES.length] + " sudah berjalan; laporan menyusul."});
            }
        }
        jdbc.batchUpdate("insert into action_item_supporting_agency (action_item_id, agency_id) values (?, ?)", supporting);
        jdbc.batchUpdate("insert into progress_update (action_item_id, created_at, author_username, author_name, status, "
                + "progress, narrative) values (?, ?, 'uji', ?, ?, ?, ?)", updates);
    }
}
