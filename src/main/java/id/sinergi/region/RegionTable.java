package id.sinergi.region;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the region table with JDBC batches: the national list has 91,599 rows, far too many for one JPA save per row.
 * The derived columns (display path, name key, search text) are always written together with the name.
 */
final class RegionTable {

    static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    RegionTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the table holds now, by code. */
    record Stored(String name, boolean retired, String displayPath) {
    }

    /** One row to insert or update, with its derived texts; {@code renamed}: its words must be written anew. */
    record Entry(String code, String name, boolean retired, String displayPath, String searchText, boolean renamed) {
    }

    private record Word(String code, String word) {
    }

    Map<String, Stored> loadAll() {
        Map<String, Stored> stored = new HashMap<>(131_072);
        jdbc.query("select code, name, retired, display_path from region", rs -> {
            stored.put(rs.getString(1), new Stored(rs.getString(2), rs.getBoolean(3), rs.getString(4)));
        });
        return stored;
    }

    /** Inserts parents before children (the caller orders them); reports the count written after each batch. */
    void insert(List<Entry> entries, LongConsumer written) {
        String sql = "insert into region (code, name, level, parent_code, retired, display_path, name_key, search_text)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)";
        inBatches(sql, entries, written, (ps, e) -> {
            ps.setString(1, e.code());
            ps.setString(2, e.name());
            ps.setString(3, RegionLevel.ofCode(e.code()).name());
            ps.setString(4, RegionLevel.parentCode(e.code()));
            ps.setBoolean(5, e.retired());
            ps.setString(6, e.displayPath());
            ps.setString(7, RegionPaths.lower(e.name()));
            ps.setString(8, e.searchText());
        });
        insertWords(entries);
    }

    void update(List<Entry> entries, LongConsumer written) {
        String sql = "update region set name = ?, retired = ?, display_path = ?, name_key = ?, search_text = ? where code = ?";
        inBatches(sql, entries, written, (ps, e) -> {
            ps.setString(1, e.name());
            ps.setBoolean(2, e.retired());
            ps.setString(3, e.displayPath());
            ps.setString(4, RegionPaths.lower(e.name()));
            ps.setString(5, e.searchText());
            ps.setString(6, e.code());
        });
        List<Entry> renamed = entries.stream().filter(Entry::renamed).toList();
        jdbc.batchUpdate("delete from region_word where code = ?", renamed, BATCH_SIZE, (ps, e) -> ps.setString(1, e.code()));
        insertWords(renamed);
    }

    private void insertWords(List<Entry> entries) {
        List<Word> words = new ArrayList<>();
        for (Entry entry : entries) {
            RegionPaths.words(entry.name()).forEach(word -> words.add(new Word(entry.code(), word)));
        }
        jdbc.batchUpdate("insert into region_word (word, code) values (?, ?)", words, BATCH_SIZE, (ps, w) -> {
            ps.setString(1, w.word());
            ps.setString(2, w.code());
        });
    }

    /** Rows stored before the derived columns existed (or written by hand) get them; returns how many. */
    int fillMissingPaths() {
        Integer missing = jdbc.queryForObject("select count(*) from region where display_path is null", Integer.class);
        if (missing == null || missing == 0) {
            return 0;
        }
        Map<String, Stored> stored = loadAll();
        Map<String, String> names = new HashMap<>();
        stored.forEach((code, region) -> names.put(code, region.name()));
        List<Entry> entries = stored.entrySet().stream().filter(e -> e.getValue().displayPath() == null)
                .map(e -> new Entry(e.getKey(), e.getValue().name(), e.getValue().retired(),
                        RegionPaths.displayPath(e.getKey(), names::get), RegionPaths.searchText(e.getKey(), names::get),
                        true))
                .toList();
        update(entries, n -> { });
        return entries.size();
    }

    private interface Setter {
        void set(PreparedStatement ps, Entry entry) throws SQLException;
    }

    private void inBatches(String sql, List<Entry> entries, LongConsumer written, Setter setter) {
        for (int from = 0; from < entries.size(); from += BATCH_SIZE) {
            List<Entry> batch = entries.subList(from, Math.min(entries.size(), from + BATCH_SIZE));
            jdbc.batchUpdate(sql, batch, batch.size(), setter::set);
            written.accept(batch.size());
        }
    }
}
