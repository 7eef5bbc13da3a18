package id.sinergi.scale;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemWords;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.base.WordPrefix;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The all-items list written directly in SQL (what a DBA would write for the same filter and the default order, with the
 * same indexes: the word index for the text, the code range for a region), run
 * with plain JDBC and every column read: the baseline the app's own list and count are compared with.
 */
final class RawActionItemSql {

    private final DataSource dataSource;

    RawActionItemSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int page(ActionItemFilter filter, LocalDate today, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "select i.*, a.* from action_item i join agency a on a.id = i.responsible_agency_id"
                + where(filter, today, args) + " order by i.due_date, i.id offset " + offset + " rows fetch next "
                + limit + " rows only";
        return run(sql, args, true);
    }

    /** The page {@code skip} rows after the row with this key (keyset / seek), or from the start when the key is null. */
    int pageAfter(ActionItemFilter filter, LocalDate today, Object[] key, int skip, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, today, args);
        if (key != null) {
            where += (where.isEmpty() ? " where " : " and ")
                    + "i.due_date >= ? and (i.due_date > ? or (i.due_date = ? and i.id > ?))";
            args.addAll(List.of(key[0], key[0], key[0], key[1]));
        }
        return run("select i.*, a.* from action_item i join agency a on a.id = i.responsible_agency_id" + where
                + " order by i.due_date, i.id offset " + skip + " rows fetch next " + limit + " rows only", args, true);
    }

    /** The sort key (due date, id) of the row at a position; not measured. */
    Object[] keyAt(ActionItemFilter filter, LocalDate today, long position) {
        List<Object> args = new ArrayList<>();
        String sql = "select i.due_date, i.id from action_item i" + where(filter, today, args)
                + " order by i.due_date, i.id offset " + position + " rows fetch next 1 rows only";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? new Object[] {rows.getObject(1, LocalDate.class), rows.getLong(2)} : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long countUpTo(ActionItemFilter filter, LocalDate today, int limit) {
        List<Object> args = new ArrayList<>();
        return run("select count(*) from (select 1 from action_item i" + where(filter, today, args)
                + " fetch first " + limit + " rows only) capped", args, false);
    }

    long count(ActionItemFilter filter, LocalDate today) {
        List<Object> args = new ArrayList<>();
        return run("select count(*) from action_item i" + where(filter, today, args), args, false);
    }

    private int run(String sql, List<Object> args, boolean readAll) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int count = 0;
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    if (!readAll) {
                        return rows.getInt(1);
                    }
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                    count++;
                }
                return count;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String where(ActionItemFilter filter, LocalDate today, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, args, filter.responsibleAgencyId(), "i.responsible_agency_id = ?");
        condition(conditions, args, filter.supportingAgencyId(), "exists (select 1 from action_item_supporting_agency s"
                + " where s.action_item_id = i.id and s.agency_id = ?)");
        condition(conditions, args, filter.status() == null ? null : filter.status().name(), "i.status = ?");
        if (filter.overdueOnly()) {
            conditions.add("i.status in ('" + ActionItemStatus.NOT_STARTED + "', '" + ActionItemStatus.IN_PROGRESS
                    + "') and i.due_date < ?");
            args.add(today);
        }
        condition(conditions, args, filter.strategy() == null ? null : filter.strategy().name(), "i.strategy = ?");
        condition(conditions, args, filter.dueFrom(), "i.due_date >= ?");
        condition(conditions, args, filter.dueTo(), "i.due_date <= ?");
        if (filter.meetingId() != null) {
            conditions.add("(i.origin_meeting_id = ? or i.carried_to_meeting_id = ?)");
            args.add(filter.meetingId());
            args.add(filter.meetingId());
        }
        if (filter.regionCode() != null) {
            // the item's own region, or its agency's when it has none (as the app and the dashboard count)
            WordPrefix range = WordPrefix.of(filter.regionCode());
            String within = " >= ? and %1$s < ? and (%1$s = ? or %1$s like ?)";
            conditions.add("((i.region_code" + within.formatted("i.region_code") + ") or (i.region_code is null and exists"
                    + " (select 1 from agency ra where ra.id = i.responsible_agency_id and ra.region_code"
                    + within.formatted("ra.region_code") + ")))");
            for (int branch = 0; branch < 2; branch++) {
                args.addAll(List.of(range.from(), range.below(), filter.regionCode(), filter.regionCode() + ".%"));
            }
        }
        if (filter.text() != null) {
            for (String word : ActionItemWords.of(filter.text())) {
                WordPrefix range = WordPrefix.of(word);
                conditions.add("exists (select 1 from action_item_word w where w.item_id = i.id and w.word >= ? and"
                        + " w.word < ?" + (range.exact() ? "" : " and w.word like ?") + ")");
                args.add(range.from());
                args.add(range.below());
                if (!range.exact()) {
                    args.add(WordPrefix.escapeLike(word) + "%");
                }
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void condition(List<String> conditions, List<Object> args, Object value, String sql) {
        if (value != null) {
            conditions.add(sql);
            args.add(value);
        }
    }
}
