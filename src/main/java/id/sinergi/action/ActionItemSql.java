package id.sinergi.action;

import id.sinergi.base.WordPrefix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filter of the action item lists as a plain SQL condition over {@code action_item i}, for the report queries that stream rows over JDBC. It says what {@link ActionItemSearch#conditions}
 * says, part for part (ActionItemReportServiceTest compares the two), in SQL that runs on H2 and PostgreSQL.
 */
final class ActionItemSql {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    private ActionItemSql() {
    }

    /** The conditions of the filter, plus "the Kanwil or one of its offices" when {@code kanwilId} is set. */
    static ActionItemSql of(ActionItemFilter filter, Long kanwilId, LocalDate today) {
        ActionItemSql sql = new ActionItemSql();
        sql.add("i.responsible_agency_id = ?", filter.responsibleAgencyId());
        sql.add("exists (select 1 from action_item_supporting_agency s where s.action_item_id = i.id and s.agency_id = ?)",
                filter.supportingAgencyId());
        sql.add("i.status = ?", filter.status() == null ? null : filter.status().name());
        if (filter.overdueOnly()) {
            List<ActionItemStatus> open = ActionItemStatus.OPEN;
            sql.add("i.status in (" + "?, ".repeat(open.size() - 1) + "?)", open.stream().map(Enum::name).toArray());
            sql.add("i.due_date < ?", today);
        }
        sql.add("i.strategy = ?", filter.strategy() == null ? null : filter.strategy().name());
        sql.add("i.due_date >= ?", filter.dueFrom());
        sql.add("i.due_date <= ?", filter.dueTo());
        if (filter.meetingId() != null) {
            sql.add("(i.origin_meeting_id = ? or i.carried_to_meeting_id = ?)", filter.meetingId(), filter.meetingId());
        }
        if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
            String code = filter.regionCode().trim();
            String inside = WordPrefix.escapeLike(code) + ".%";
            sql.add("(i.region_code = ? or i.region_code like ? escape '\\' or (i.region_code is null and "
                    + "i.responsible_agency_id in (select r.id from agency r where r.region_code = ? "
                    + "or r.region_code like ? escape '\\')))", code, inside, code, inside);
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            for (String word : ActionItemWords.ofQuery(filter.text().strip().toLowerCase(Locale.ROOT))) {
                sql.word(word);
            }
        }
        if (kanwilId != null) {
            sql.add("i.responsible_agency_id in (select k.id from agency k where k.id = ? or k.parent_id = ?)", kanwilId,
                    kanwilId);
        }
        return sql;
    }

    /** An item with a word starting with {@code word} in the word index (V0017), as {@code ActionItemSearch.text}. */
    private void word(String word) {
        StringBuilder condition = new StringBuilder("exists (select 1 from action_item_word w where w.item_id = i.id");
        List<Object> values = new ArrayList<>();
        WordPrefix range = WordPrefix.of(word);
        if (range == null || !range.exact()) {
            condition.append(" and w.word like ? escape '\\'");
            values.add(WordPrefix.escapeLike(word) + "%");
        }
        if (range != null) {
            condition.append(" and w.word >= ?");
            values.add(range.from());
            if (range.below() != null) {
                condition.append(" and w.word < ?");
                values.add(range.below());
            }
        }
        add(condition.append(')').toString(), values.toArray());
    }

    /** Adds one more condition (with its arguments), e.g. the strategy of one group. */
    ActionItemSql and(String condition, Object... values) {
        add(condition, values);
        return this;
    }

    /** " where …" or "" when nothing narrows the items. */
    String where() {
        return where.isEmpty() ? "" : " where " + where;
    }

    Object[] args() {
        return args.toArray();
    }

    private void add(String condition, Object... values) {
        if (values.length == 1 && values[0] == null) {
            return;
        }
        where.append(where.isEmpty() ? "" : " and ").append(condition);
        args.addAll(List.of(values));
    }
}
