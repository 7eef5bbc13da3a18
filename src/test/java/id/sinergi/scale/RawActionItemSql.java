package id.sinergi.scale;

import id.sinergi.action.ActionItemFilter;
import id.sinergi.action.ActionItemWords;
import id.sinergi.action.ActionItemStatus;
import id.sinergi.base.WordPrefix;
import id.sinergi.region.RegionLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The all-items list written directly in SQL (what a DBA would write for the same filter and the default order, with the
 * same indexes: the word index for the text, the code range for a region), run
 * with plain JDBC and every column read: the baseline the app's own list and count are compared with.
 */
final class RawActionItemSql {

    private final DataSource dataSource;
    private final Map<String, Optional<String>> onlyWord = new ConcurrentHashMap<>();

    RawActionItemSql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int page(ActionItemFilter filter, LocalDate today, long offset, int limit) {
        return pageAfter(filter, today, null, (int) offset, limit);
    }

    /** The page {@code skip} rows after the row with this key (keyset / seek), or from the start when the key is null. */
    int pageAfter(ActionItemFilter filter, LocalDate today, Object[] key, int skip, int limit) {
        List<Object> args = new ArrayList<>();
        String word = indexedWord(filter);
        String[] columns = word == null ? new String[] {"i.due_date", "i.id"} : new String[] {"w.due_date", "w.item_id"};
        String where = word == null ? where(filter, today, args)
                : whereWord(filter, word, today, key == null ? null : (LocalDate) key[0], args);
        if (key != null) {
            where += (where.isEmpty() ? " where " : " and ") + "%1$s >= ? and (%1$s > ? or (%1$s = ? and %2$s > ?))"
                    .formatted(columns[0], columns[1]);
            args.addAll(List.of(key[0], key[0], key[0], key[1]));
        }
        String page = " offset " + skip + " rows fetch next " + limit + " rows only";
        return run(word == null ? "select i.*, a.* from action_item i join agency a on a.id = i.responsible_agency_id"
                + where + " order by i.due_date, i.id" + page
                : "select i.*, a.* from (select w.item_id, w.due_date from action_item_word w" + where
                + wordOrder(filter) + page + ") p join action_item i on i.id = p.item_id"
                + " join agency a on a.id = i.responsible_agency_id order by p.due_date, p.item_id", args, true);
    }

    /** The sort key (due date, id) of the row at a position; not measured. */
    Object[] keyAt(ActionItemFilter filter, LocalDate today, long position) {
        List<Object> args = new ArrayList<>();
        String word = indexedWord(filter);
        String sql = (word == null ? "select i.due_date, i.id from action_item i" + where(filter, today, args)
                + " order by i.due_date, i.id" : "select w.due_date, w.item_id from action_item_word w"
                + whereWord(filter, word, today, null, args) + wordOrder(filter)) + " offset "
                + position + " rows fetch next 1 rows only";
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

    /**
     * For a text with at most a status, overdue, a strategy and due dates: its first word when that is the only indexed
     * word beginning with it (what a DBA who knows the data would drive the query by: the (word, due_date, item_id,
     * status, strategy) index, V0020), asked once per word; else null.
     */
    private String indexedWord(ActionItemFilter filter) {
        if (filter.text() == null || filter.responsibleAgencyId() != null || filter.supportingAgencyId() != null
                || filter.meetingId() != null || filter.regionCode() != null) {
            return null;
        }
        return onlyIndexed(ActionItemWords.of(filter.text()).iterator().next());
    }

    /** The word itself when it is the only indexed word beginning with it; else null. */
    private String onlyIndexed(String typed) {
        return onlyWord.computeIfAbsent(typed, word -> {
            WordPrefix range = WordPrefix.of(word);
            List<Object> args = List.of(range.from(), range.below());
            return run("select count(*) from (select distinct word from action_item_word where word >= ? and word < ?)"
                    + " d", args, false) == 1 ? Optional.of(word) : Optional.empty();
        }).orElse(null);
    }

    /**
     * The word's rows; each other typed word that is the only indexed word beginning with it is looked for at the row's
     * due date and item (and status, when the filter has one), from the due date {@code from} on (the key's, or null),
     * so that the two words' ranges in the (word, due_date, item_id) or (word, status, due_date, item_id) index (V0021)
     * can be merged; the others in the (item_id, word) key.
     */
    private String whereWord(ActionItemFilter filter, String word, LocalDate today, LocalDate from, List<Object> args) {
        List<String> conditions = new ArrayList<>(List.of("w.word = ?"));
        args.add(word);
        statusAndDates(conditions, args, filter, today, "w");
        for (String other : ActionItemWords.of(filter.text())) {
            if (!other.equals(word) && onlyIndexed(other) != null) {
                conditions.add("exists (select 1 from action_item_word x where x.word = ?"
                        + (filter.status() == null ? "" : " and x.status = ?")
                        + (from == null ? "" : " and x.due_date >= ?") + " and x.due_date = w.due_date"
                        + " and x.item_id = w.item_id)");
                args.add(other);
                if (filter.status() != null) {
                    args.add(filter.status().name());
                }
                if (from != null) {
                    args.add(from);
                }
            } else if (!other.equals(word)) {
                words(conditions, args, other, null, "w.item_id");
            }
        }
        return " where " + String.join(" and ", conditions);
    }

    /** The word rows' order: the index's columns that the filter fixes (word, status), then due date and item. */
    private static String wordOrder(ActionItemFilter filter) {
        return " order by w.word," + (filter.status() == null ? "" : " w.status,") + " w.due_date, w.item_id";
    }

    /** Status, overdue, strategy and due dates on the columns of {@code alias} (an item or its words). */
    private static void statusAndDates(List<String> conditions, List<Object> args, ActionItemFilter filter,
                                       LocalDate today, String alias) {
        condition(conditions, args, filter.status() == null ? null : filter.status().name(), alias + ".status = ?");
        if (filter.overdueOnly()) {
            conditions.add(alias + ".status in ('" + ActionItemStatus.NOT_STARTED + "', '"
                    + ActionItemStatus.IN_PROGRESS + "') and " + alias + ".due_date < ?");
            args.add(today);
        }
        condition(conditions, args, filter.strategy() == null ? null : filter.strategy().name(), alias + ".strategy = ?");
        condition(conditions, args, filter.dueFrom(), alias + ".due_date >= ?");
        condition(conditions, args, filter.dueTo(), alias + ".due_date <= ?");
    }

    /** Each word of the text but {@code skipped} begins a word of the item {@code itemId}. */
    private static void words(List<String> conditions, List<Object> args, String text, String skipped, String itemId) {
        for (String word : ActionItemWords.of(text)) {
            if (!word.equals(skipped)) {
                WordPrefix range = WordPrefix.of(word);
                conditions.add("exists (select 1 from action_item_word x where x.item_id = " + itemId
                        + " and x.word >= ? and x.word < ?" + (range.exact() ? "" : " and x.word like ?") + ")");
                args.add(range.from());
                args.add(range.below());
                if (!range.exact()) {
                    args.add(WordPrefix.escapeLike(word) + "%");
                }
            }
        }
    }

    private static String where(ActionItemFilter filter, LocalDate today, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        condition(conditions, args, filter.responsibleAgencyId(), "i.responsible_agency_id = ?");
        condition(conditions, args, filter.supportingAgencyId(), "exists (select 1 from action_item_supporting_agency s"
                + " where s.action_item_id = i.id and s.agency_id = ?)");
        statusAndDates(conditions, args, filter, today, "i");
        if (filter.meetingId() != null) {
            conditions.add("(i.origin_meeting_id = ? or i.carried_to_meeting_id = ?)");
            args.add(filter.meetingId());
            args.add(filter.meetingId());
        }
        if (RegionLevel.ofCode(filter.regionCode()) == RegionLevel.PROVINCE) {
            // the province of the item's own region, or of its agency's when it has none (V0022)
            conditions.add("i.province_code = ?");
            args.add(filter.regionCode());
        } else if (filter.regionCode() != null) {
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
            words(conditions, args, filter.text(), null, "i.id");
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
