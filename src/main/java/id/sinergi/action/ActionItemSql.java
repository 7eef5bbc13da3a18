package id.sinergi.action;

import id.sinergi.base.Databases;
import id.sinergi.base.WordPrefix;
import id.sinergi.region.RegionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The filter of the action item lists as a plain SQL condition over {@code action_item i}: the one definition of what a
 * filter means, used by the grid's pages and counts ({@link ActionItemSearch}) and by the reports that stream rows over
 * JDBC ({@link ActionItemRowQuery}). Each part is written so that an index answers it on H2 and PostgreSQL (V0009,
 * V0015, V0018, V0019). (The lists used to say the same a second time in JPA criteria: Hibernate translating that query
 * anew was half of a warm page's time in the app.)
 */
final class ActionItemSql {

    /** The open statuses as an SQL list of constants: {@code ('NOT_STARTED', 'IN_PROGRESS')}. */
    static final String OPEN_STATUSES = ActionItemStatus.OPEN.stream().map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private ActionItemSql() {
    }

    /**
     * The conditions of the filter, plus "the Kanwil or one of its offices" when {@code kanwilId} is set; a region
     * asks {@code jdbc} for the region's agencies first ({@link #agenciesIn}), a meeting which database it is.
     */
    static ActionItemSql of(ActionItemFilter filter, Long kanwilId, LocalDate today, JdbcTemplate jdbc) {
        ActionItemSql sql = new ActionItemSql();
        sql.add("i.responsible_agency_id = ?", filter.responsibleAgencyId());
        sql.add("exists (select 1 from action_item_supporting_agency s where s.action_item_id = i.id and s.agency_id = ?)",
                filter.supportingAgencyId());
        sql.statusAndDates(filter, today, "i");
        if (filter.meetingId() != null) {
            // agreed in the meeting or carried over to it. H2 reads every item for an `or` of the two columns (5-7 s at
            // 1,000,000), so there it is two index lookups; PostgreSQL combines the two indexes (BitmapOr) and plans the
            // lookups' form four times slower (0.6 against 0.14 ms for a meeting's capped count)
            sql.add(Databases.isH2(jdbc) ? "i.id in (select m.id from action_item m where m.origin_meeting_id = ? "
                    + "union all select c.id from action_item c where c.carried_to_meeting_id = ?)"
                    : "(i.origin_meeting_id = ? or i.carried_to_meeting_id = ?)", filter.meetingId(), filter.meetingId());
        }
        String code = regionCode(filter);
        if (province(filter) != null) {
            sql.add("i.province_code = ?", code);
        } else if (code != null) {
            List<Long> agencies = agenciesIn(jdbc, code);
            ActionItemSql region = new ActionItemSql().placedIn(code);
            sql.append(agencies.isEmpty() ? region : region.or(new ActionItemSql().byAgencyIn(agencies)));
        }
        String text = typedText(filter);
        if (text != null) {
            ActionItemWords.ofQuery(text).forEach(word -> sql.word(word, "i.id"));
        }
        if (kanwilId != null) {
            sql.add("i.responsible_agency_id in (select k.id from agency k where k.id = ? or k.parent_id = ?)", kanwilId,
                    kanwilId);
        }
        return sql;
    }

    /**
     * The same filter over the word index alone ({@code action_item_word w}), for a text with at most a status, overdue,
     * a strategy and due dates ({@link #byWordAlone}): {@code onlyIndexed} gives, for each typed word that begins one
     * indexed word only, that word ({@link ActionItemWords#onlyIndexed}); the first of them, {@code typed}, drives: the
     * items of the text are its indexed word's rows having the other typed words, and the (word, due_date, item_id,
     * status, strategy) index (V0020) gives them in the grid's order with the status and strategy beside them, and with
     * a status the (word, status, due_date, item_id, strategy) index (V0021), so a page far down is one range of one
     * index. Another typed word that begins one indexed word only is looked for in the same
     * index at the row's due date and item ({@link #sameItemHas}), from {@code from} on (the page's bookmarked due date,
     * or null), so that PostgreSQL merges the two words' ranges from where the page starts instead of probing the
     * (item_id, word) key once per row (a two-word text's jump far down at 1,000,000 items, in psql: 5,870 index
     * pages read into the database's cache against 517, 80 → 35 ms).
     */
    static ActionItemSql ofWord(ActionItemFilter filter, String typed, Map<String, String> onlyIndexed, LocalDate today,
                                LocalDate from) {
        ActionItemSql sql = new ActionItemSql();
        sql.add("w.word = ?", onlyIndexed.get(typed));
        sql.statusAndDates(filter, today, "w");
        LocalDate start = from == null || (filter.dueFrom() != null && filter.dueFrom().isAfter(from))
                ? filter.dueFrom() : from; // the later of the two
        for (String word : ActionItemWords.ofQuery(typedText(filter))) {
            if (!word.equals(typed)) {
                String indexed = onlyIndexed.get(word);
                if (indexed == null) {
                    sql.word(word, "w.item_id");
                } else {
                    List<Object> values = new ArrayList<>();
                    sql.add(sameItemHas("w", "x", indexed, filter.status(), start, filter.dueTo(), values),
                            values.toArray());
                }
            }
        }
        return sql;
    }

    /**
     * "The item of the word row {@code row} has the indexed word {@code indexed}", asked of the (word, due_date,
     * item_id, …) index at the row's due date and item (every word row of an item carries its due date and status,
     * V0020), or of the (word, status, due_date, item_id, …) index when the filter's {@code status} is set (V0021),
     * with the due dates the rows are known to lie between ({@code from}, {@code to}, null for open): when the rows
     * come in that index's order PostgreSQL merges the two words' ranges (without the bounds it read the second word's
     * range from its start: a page in the middle 0.3 → 31 ms; without the status, all of the second word's items
     * between the page's first and last due dates: 161,000 for 10,050 rows of a rare status). Its arguments are added
     * to {@code args}.
     */
    static String sameItemHas(String row, String other, String indexed, ActionItemStatus status, LocalDate from,
                              LocalDate to, List<Object> args) {
        StringBuilder sql = new StringBuilder("exists (select 1 from action_item_word ").append(other).append(" where ")
                .append(other).append(".word = ?");
        args.add(indexed);
        if (status != null) {
            sql.append(" and ").append(other).append(".status = ?");
            args.add(status.name());
        }
        if (from != null) {
            sql.append(" and ").append(other).append(".due_date >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" and ").append(other).append(".due_date <= ?");
            args.add(to);
        }
        return sql.append(" and ").append(other).append(".due_date = ").append(row).append(".due_date and ")
                .append(other).append(".item_id = ").append(row).append(".item_id)").toString();
    }

    /** Whether the filter is a text with at most a status, overdue, a strategy and due dates ({@link #ofWord}). */
    static boolean byWordAlone(ActionItemFilter filter) {
        return typedText(filter) != null && filter.responsibleAgencyId() == null && filter.supportingAgencyId() == null
                && filter.meetingId() == null && regionCode(filter) == null;
    }

    /** The filter's status, overdue, strategy and due dates alone, on the word index's copy of them ({@code alias}). */
    static ActionItemSql statusAndDatesOfWords(ActionItemFilter filter, LocalDate today, String alias) {
        ActionItemSql sql = new ActionItemSql();
        sql.statusAndDates(filter, today, alias);
        return sql;
    }

    /** Status, overdue, strategy and due dates, on the columns of the table {@code alias} (an item or its words). */
    private void statusAndDates(ActionItemFilter filter, LocalDate today, String alias) {
        add(alias + ".status = ?", filter.status() == null ? null : filter.status().name());
        if (filter.overdueOnly()) {
            add(alias + ".status in " + OPEN_STATUSES + " and " + alias + ".due_date < ?", today);
        }
        add(alias + ".strategy = ?", filter.strategy() == null ? null : filter.strategy().name());
        add(alias + ".due_date >= ?", filter.dueFrom());
        add(alias + ".due_date <= ?", filter.dueTo());
    }

    /**
     * The first part of the region rule: the item's own region is the region or lies inside it (codes nest: "36" ⊃
     * "36.04" ⊃ "36.04.13"), also as the code range that the (region_code, responsible_agency_id, due_date, id) index
     * reads (V0018; {@code like '36.%'} cannot use it on PostgreSQL).
     */
    ActionItemSql placedIn(String code) {
        add("(i.region_code = ? or i.region_code like ? escape '\\')", code, WordPrefix.escapeLike(code) + ".%");
        WordPrefix range = WordPrefix.of(code);
        if (range != null) {
            add("i.region_code >= ?", range.from());
            add("i.region_code < ?", range.below());
        }
        return this;
    }

    /** The second part: the item has no region of its own and its responsible agency is one of the region's. */
    ActionItemSql byAgencyIn(List<Long> agencies) {
        add("i.region_code is null and i.responsible_agency_id in (" + "?, ".repeat(agencies.size() - 1) + "?)",
                agencies.toArray());
        return this;
    }

    /**
     * The agencies whose region lies in the region: an item without a region of its own lies in its agency's. Asked
     * first (a few of some 800 agencies), so that the item query reads the (region_code, responsible_agency_id, …)
     * index for both parts of the rule (V0018) instead of joining every item without a region to its agency (0.5 s at
     * 1,000,000).
     */
    static List<Long> agenciesIn(JdbcTemplate jdbc, String code) {
        return jdbc.queryForList("select id from agency where region_code = ? or region_code like ? escape '\\'",
                Long.class, code, WordPrefix.escapeLike(code) + ".%");
    }

    /**
     * The filter's region when it is a province, else null: a province's items are those of its {@code province_code}
     * (the item's own region's province, or its agency's when it has none; V0022), one range of the (province_code,
     * due_date, id) index in the grid's order; a smaller region is asked of the region codes themselves.
     */
    static String province(ActionItemFilter filter) {
        String code = regionCode(filter);
        return RegionLevel.ofCode(code) == RegionLevel.PROVINCE ? code : null;
    }

    static String regionCode(ActionItemFilter filter) {
        return filter.regionCode() == null || filter.regionCode().isBlank() ? null : filter.regionCode().trim();
    }

    static String typedText(ActionItemFilter filter) {
        return filter.text() == null || filter.text().isBlank() ? null : filter.text().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Items that have, for each word of the text, a word starting with it in their activity, output indicator or notes
     * (in any order and field, through the word index {@link ActionItemWords}): "paspor", "pas" and "wawancara paspor"
     * find "Penerbitan paspor dengan wawancara", "spor" does not; characters other than letters and digits only separate
     * words. (Until V0017 the whole text had to occur as it was, anywhere: that read every item, 1.8 s at 1,000,000.)
     */
    private void word(String word, String itemId) {
        StringBuilder condition = new StringBuilder("exists (select 1 from action_item_word x where x.item_id = "
                + itemId);
        List<Object> values = new ArrayList<>();
        WordPrefix range = WordPrefix.of(word);
        if (range == null || !range.exact()) {
            condition.append(" and x.word like ? escape '\\'");
            values.add(WordPrefix.escapeLike(word) + "%");
        }
        if (range != null) {
            condition.append(" and x.word >= ?");
            values.add(range.from());
            if (range.below() != null) {
                condition.append(" and x.word < ?");
                values.add(range.below());
            }
        }
        add(condition.append(')').toString(), values.toArray());
    }

    /** Adds one more condition (with its arguments), e.g. the strategy of one group; a single null value adds nothing. */
    ActionItemSql and(String condition, Object... values) {
        add(condition, values);
        return this;
    }

    /** " and …" or "" when nothing narrows the items: these conditions after others. */
    String andWhere() {
        return where.isEmpty() ? "" : " and " + where;
    }

    /** " where …" or "" when nothing narrows the items. */
    String where() {
        return where.isEmpty() ? "" : " where " + where;
    }

    Object[] args() {
        return args.toArray();
    }

    /** Either these conditions or the other's, as one condition. */
    private ActionItemSql or(ActionItemSql other) {
        ActionItemSql either = new ActionItemSql();
        either.where.append("((").append(where).append(") or (").append(other.where).append("))");
        either.args.addAll(args);
        either.args.addAll(other.args);
        return either;
    }

    /** The part's conditions, all of them, as one more condition. */
    private void append(ActionItemSql part) {
        where.append(where.isEmpty() ? "" : " and ").append('(').append(part.where).append(')');
        args.addAll(part.args);
    }

    private void add(String condition, Object... values) {
        if (values.length == 1 && values[0] == null) {
            return;
        }
        where.append(where.isEmpty() ? "" : " and ").append(condition);
        args.addAll(List.of(values));
    }
}
