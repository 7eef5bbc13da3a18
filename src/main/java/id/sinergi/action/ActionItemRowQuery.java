package id.sinergi.action;

import id.sinergi.base.Databases;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The report queries over action items, in plain JDBC: the rows of an export come from ONE query per order (per
 * strategy for the matrix) read with a fetch size, so the database walks an index once (V0016, V0009) instead of
 * answering a query per page, and no entity or persistence context is involved. Agency names are read once per export
 * (a few hundred rows) instead of joined to every row. Rows are written on a second thread while the next are read
 * ({@link RowPipe}). Supporting agencies come in the same query (a left join); the latest progress update is read per
 * chunk of {@value #CHUNK} rows by an IN query of a fixed shape. Memory holds one chunk.
 * The filter is {@link ActionItemSql}: the lists' conditions in SQL.
 */
@Component
class ActionItemRowQuery {

    static final int CHUNK = 1000;
    private static final String COLUMNS = "select i.id, i.origin_meeting_id, i.carried_to_meeting_id, i.item_number, "
            + "i.activity, i.output_indicator, i.target_amount, i.target_unit, i.due_date, i.responsible_agency_id, "
            + "i.budget_source, i.budget_amount, i.strategy, i.status, i.progress, i.notes, sa.agency_id "
            + "from action_item i left join action_item_supporting_agency sa on sa.action_item_id = i.id";
    private static final String LATEST = "select u.action_item_id, u.created_at, u.author_name, u.status, u.progress, "
            + "u.narrative from progress_update u where u.action_item_id in ";
    private static final String LATEST_ORDER = " order by u.action_item_id, u.created_at desc, u.id desc";

    private final JdbcTemplate jdbc;

    ActionItemRowQuery(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(CHUNK);
    }

    /** Every matching row in the given order (strategy fixed for BY_STRATEGY) to {@code sink}. */
    void forEach(ActionItemFilter filter, Long kanwilId, LocalDate today, ItemOrder order, NationalStrategy strategy,
                 boolean withLatest, Consumer<ActionItemRow> sink) {
        ActionItemSql sql = ActionItemSql.of(filter, kanwilId, today, jdbc);
        String orderBy;
        if (order == ItemOrder.BY_STRATEGY) {
            sql.and("i.strategy = ?", strategy.name());
            // the fixed strategy leads the order: H2 reads rows in index order only when the order names the index's
            // columns from its first, and otherwise sorted all of a strategy's rows in memory before the first was read
            orderBy = " order by i.strategy, i.origin_meeting_id, i.item_number, i.id";
        } else {
            StringBuilder fixed = new StringBuilder();
            ActionItemSearch.fixedColumnsFirst(filter).forEach(column -> fixed.append(column.column).append(", "));
            orderBy = " order by " + fixed + "i.due_date, i.id";
        }
        Map<Long, String[]> agencies = new HashMap<>();
        jdbc.query("select id, abbreviation, name from agency", (RowCallbackHandler) rs -> agencies.put(rs.getLong(1),
                new String[] {rs.getString(2), rs.getString(3)}));
        RowPipe pipe = new RowPipe(sink);
        // H2 computes a whole result before handing the first row (in memory up to its MAX_MEMORY_ROWS, then in a
        // temporary file) unless the session runs queries lazily; PostgreSQL streams through the cursor the fetch size
        // opens. So on H2 the export's connection reads lazily while the rows are read, and is put back as it was.
        boolean lazy = Databases.isH2(jdbc);
        try {
            if (lazy) {
                jdbc.execute("set lazy_query_execution true");
            }
            Chunk chunk = new Chunk(agencies, withLatest, pipe);
            jdbc.query(COLUMNS + sql.where() + orderBy, (RowCallbackHandler) chunk::add, sql.args());
            chunk.flush();
        } catch (RuntimeException | Error e) {
            pipe.abandon();
            throw e;
        } finally {
            if (lazy) {
                jdbc.execute("set lazy_query_execution false");
            }
        }
        pipe.finish();
    }

    long count(ActionItemFilter filter, Long kanwilId, LocalDate today) {
        ActionItemSql sql = ActionItemSql.of(filter, kanwilId, today, jdbc);
        Long count = jdbc.queryForObject("select count(*) from action_item i" + sql.where(), Long.class, sql.args());
        return count == null ? 0 : count;
    }

    /** One row; the responsible agency's names come from the agencies read once (no join per row). */
    private static ActionItemRow row(ResultSet rs, Map<Long, String[]> agencies) throws SQLException {
        long agency = rs.getLong(10);
        String[] names = agencies.getOrDefault(agency, new String[2]);
        return new ActionItemRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getInt(4),
                rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                agency, names[0], names[1], List.of(), rs.getString(11), rs.getBigDecimal(12),
                NationalStrategy.valueOf(rs.getString(13)), ActionItemStatus.valueOf(rs.getString(14)), rs.getInt(15),
                rs.getString(16), null);
    }

    /**
     * Rows read but not yet handed on. An item comes as one result row per supporting agency (a left join, the item's
     * rows one after the other as the order ends with its id): joined in the one query, H2 finds them along the
     * supporting agencies' key while it reads the item, where an IN list per chunk cost more than reading the items
     * themselves. Full, the chunk reads the latest updates when asked for (one IN query) and hands the completed rows to
     * the pipe (written on its thread while this one reads the next chunk). The ids go into the IN list as literals
     * (numbers, so nothing to inject): H2 then tests them in a hash set, whereas a list of 1,000 parameters is compared
     * one by one for every index entry.
     */
    private final class Chunk {
        private final Map<Long, String[]> agencies;
        private final boolean withLatest;
        private final RowPipe pipe;
        private List<ActionItemRow> rows = new ArrayList<>(CHUNK);
        private ActionItemRow current;
        private List<String> supporting = new ArrayList<>(2);

        Chunk(Map<Long, String[]> agencies, boolean withLatest, RowPipe pipe) {
            this.agencies = agencies;
            this.withLatest = withLatest;
            this.pipe = pipe;
        }

        void add(ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            if (current == null || current.id() != id) {
                finishCurrent();
                current = row(rs, agencies);
            }
            long agency = rs.getLong(17);
            if (!rs.wasNull()) {
                supporting.add(agencies.getOrDefault(agency, new String[1])[0]);
            }
        }

        private void finishCurrent() {
            if (current == null) {
                return;
            }
            if (supporting.size() > 1) {
                supporting.sort(null);
            }
            rows.add(current.with(supporting.isEmpty() ? List.of() : supporting, null));
            current = null;
            supporting = new ArrayList<>(2);
            if (rows.size() == CHUNK) {
                handOn();
            }
        }

        void flush() {
            finishCurrent();
            handOn();
        }

        private void handOn() {
            if (rows.isEmpty()) {
                return;
            }
            List<ActionItemRow> complete = rows;
            if (withLatest) {
                StringBuilder ids = new StringBuilder(rows.size() * 8).append('(');
                for (ActionItemRow row : rows) {
                    ids.append(row.id()).append(',');
                }
                ids.setCharAt(ids.length() - 1, ')');
                Map<Long, ActionItemRow.LatestProgress> latest = new HashMap<>();
                jdbc.query(LATEST + ids + LATEST_ORDER, (RowCallbackHandler) rs -> latest.computeIfAbsent(rs.getLong(1),
                        k -> latest(rs)));
                complete = new ArrayList<>(rows.size());
                for (ActionItemRow row : rows) {
                    complete.add(row.with(row.supportingAgencies(), latest.get(row.id())));
                }
            }
            rows = new ArrayList<>(CHUNK);
            pipe.put(complete);
        }

        private static ActionItemRow.LatestProgress latest(ResultSet rs) {
            try {
                Timestamp at = rs.getTimestamp(2);
                return new ActionItemRow.LatestProgress(at.toInstant(), rs.getString(3),
                        ActionItemStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
