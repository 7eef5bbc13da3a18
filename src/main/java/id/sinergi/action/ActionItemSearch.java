package id.sinergi.action;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The list queries over all action items, in plain SQL: only the filter parts that are set become conditions
 * ({@link ActionItemSql}), each matching an index (see V0009, V0015, V0018, V0019), the page is ordered by the requested
 * columns and then by id so pages never overlap, and the count is a COUNT query. Overdue is computed from status and
 * due date against the given day, never stored. A page is read in two steps: the ids of the page (the database skips
 * rows in an index, not in the table), then those items. In the default order a page after a known row seeks past it
 * ({@link ListBookmarks}).
 */
@Component
class ActionItemSearch {

    /** Sortable grid columns: the property names the UI may pass in a {@link Sort}, and their columns. */
    static final Map<String, String> SORTABLE = Map.of("number", "i.item_number", "activity", "i.activity",
            "dueDate", "i.due_date", "status", "i.status", "progress", "i.progress", "strategy", "i.strategy",
            "responsibleAgency.abbreviation", "a.abbreviation", "originMeetingId", "i.origin_meeting_id");

    @PersistenceContext
    private EntityManager entityManager;

    private final ActionItemWords words;
    private final JdbcTemplate jdbc;

    ActionItemSearch(ActionItemWords words, JdbcTemplate jdbc) {
        this.words = words;
        this.jdbc = jdbc;
    }

    /** One page; {@code openFirst} puts open items before closed ones (a liaison's list), then soonest due first. */
    List<ActionItem> page(ActionItemFilter filter, LocalDate today, Pageable pageable, boolean openFirst) {
        PageQuery query = pageQuery(filter, today, pageable, openFirst, null);
        List<Long> ids = jdbc.query(query.ids(), (row, n) -> row.getLong(1), query.args());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionItem> found = new HashMap<>();
        entityManager.createQuery("select i from ActionItem i join fetch i.responsibleAgency where i.id in :ids",
                ActionItem.class).setParameter("ids", ids).getResultList().forEach(i -> found.put(i.getId(), i));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList(); // in the ids' order
    }

    /**
     * The same page as list rows, seeking from the nearest bookmarked row when the list is in its default order
     * ({@code bookmarks} may be null). Rows are read as the seven values a row shows, in plain SQL, not as entities:
     * loading 50 entities with their agencies into the persistence context was four fifths of a page's time in the
     * app, and Hibernate translates a query with a list parameter anew on every call (profiles of the first page at
     * 1,000,000 items on PostgreSQL). One statement: the page's ids are a derived table (the database skips rows in an
     * index, not in the table) joined to their items and agencies, instead of a second query for the rows.
     */
    List<ActionItemSummary> summaries(ActionItemFilter filter, LocalDate today, Pageable pageable, boolean openFirst,
                                      ListBookmarks bookmarks) {
        PageQuery query = pageQuery(filter, today, pageable, openFirst, bookmarks);
        List<LocalDate> dues = new ArrayList<>();
        List<ActionItemSummary> rows = jdbc.query("select i.id, i.item_number, i.activity, a.abbreviation, i.due_date,"
                + " i.status, i.progress, p.due from (" + query.ids() + ") p join action_item i on i.id = p.id"
                + " join agency a on a.id = i.responsible_agency_id" + query.rowOrder(), (row, n) -> {
                    dues.add(row.getObject(8, LocalDate.class));
                    return new ActionItemSummary(row.getLong(1), row.getInt(2), row.getString(3),
                            row.getString(4).intern(), row.getObject(5, LocalDate.class),
                            ActionItemStatus.valueOf(row.getString(6)), row.getInt(7));
                }, query.args());
        if (query.seekable() && !rows.isEmpty()) {
            bookmarks.remember(filter, pageable.getOffset() + rows.size() - 1,
                    new ListBookmarks.Mark(dues.getLast(), rows.getLast().id()));
        }
        return rows;
    }

    /**
     * The query of one page's ids ({@code id}) and due dates ({@code due}), in the page's order; in the default order
     * a page after a bookmarked row seeks past it, and a text whose typed word begins one indexed word only is read
     * from the word index alone ({@link ActionItemSql#ofWord}).
     */
    private PageQuery pageQuery(ActionItemFilter filter, LocalDate today, Pageable pageable, boolean openFirst,
                                ListBookmarks bookmarks) {
        boolean defaultOrder = !openFirst && pageable.getSort().isUnsorted();
        boolean seekable = bookmarks != null && defaultOrder;
        long offset = pageable.getOffset();
        Map.Entry<Long, ListBookmarks.Mark> mark = seekable ? bookmarks.before(filter, offset) : null;
        Listing listing = defaultOrder ? byWord(filter, today, mark == null ? null : mark.getValue().dueDate()) : null;
        if (listing == null) {
            listing = byItem(filter, today, pageable.getSort(), openFirst);
        }
        String item = listing.idColumn;
        String due = listing.dueColumn;
        if (mark != null) {
            LocalDate day = mark.getValue().dueDate();
            // the first condition lets the database start reading the (…, due date, id) index at the mark
            listing.sql.and(due + " >= ? and (" + due + " > ? or (" + due + " = ? and " + item + " > ?))", day, day, day,
                    mark.getValue().id());
        }
        long skip = mark == null ? offset : offset - mark.getKey() - 1;
        String ids = "select " + item + " as id, " + due + " as due" + listing.from + listing.sql.where()
                + listing.orderBy + " offset " + skip + " rows fetch next " + pageable.getPageSize() + " rows only";
        return new PageQuery(ids, listing.rowOrder, listing.sql.args(), seekable);
    }

    /** A page's query of ids and due dates, the order of its rows, its arguments, and whether it leaves a bookmark. */
    private record PageQuery(String ids, String rowOrder, Object[] args, boolean seekable) {
    }

    /**
     * A page's conditions, the table it reads, its item id and due date columns, its order, and the order of its rows
     * once joined to their items and agencies.
     */
    private record Listing(ActionItemSql sql, String from, String idColumn, String dueColumn, String orderBy,
                           String rowOrder) {
    }

    /** The items themselves, in the requested order (agency abbreviations joined when the order asks for them). */
    private Listing byItem(ActionItemFilter filter, LocalDate today, Sort sort, boolean openFirst) {
        boolean byAgency = sort.stream().anyMatch(o -> o.getProperty().startsWith("responsibleAgency."));
        String order = orderBy(filter, sort, openFirst);
        return new Listing(ActionItemSql.of(filter, null, today, jdbc), byAgency
                ? " from action_item i join agency a on a.id = i.responsible_agency_id" : " from action_item i", "i.id",
                "i.due_date", order, order);
    }

    /**
     * A text (with at most a status, overdue, a strategy and due dates) read from the word index in the default order,
     * driven by the first typed word that begins one indexed word only; null when there is none or other filters are
     * set. The order names the fixed word (and status) first, so that H2 too reads the (word, due_date, item_id, …)
     * index (or, with a status, the (word, status, due_date, item_id, …) index) in order.
     * {@code from}: the due date of the bookmarked row the page starts after, or null.
     */
    private Listing byWord(ActionItemFilter filter, LocalDate today, LocalDate from) {
        if (!ActionItemSql.byWordAlone(filter)) {
            return null;
        }
        Map<String, String> onlyIndexed = new HashMap<>();
        String driving = null;
        for (String typed : ActionItemWords.ofQuery(ActionItemSql.typedText(filter))) {
            String indexed = words.onlyIndexed(typed);
            if (indexed != null) {
                onlyIndexed.put(typed, indexed);
                driving = driving == null ? typed : driving;
            }
        }
        String status = filter.status() == null ? "" : " w.status,"; // the (word, status, due_date, …) index, V0021
        return driving == null ? null : new Listing(ActionItemSql.ofWord(filter, driving, onlyIndexed, today, from),
                " from action_item_word w", "w.item_id", "w.due_date",
                " order by w.word," + status + " w.due_date, w.item_id", " order by p.due, p.id");
    }

    /**
     * The number of matching items, counting no further than {@code limit}. With a region, the two disjoint parts of
     * the region rule ({@link ActionItemSql#placedIn}, {@link ActionItemSql#byAgencyIn}) are counted one after the
     * other, each along the (region_code, responsible_agency_id, …) index: counted in one query with {@code or},
     * PostgreSQL read a table page for every matching item (143 ms at 1,000,000 items for a province). A text, alone or
     * with a status, overdue, a strategy or due dates, is first counted from the word index
     * ({@link ActionItemWords#itemsSurelyMatching}); only when that stays under the limit and a typed word begins more
     * than one indexed word is the filter itself counted.
     */
    long countUpTo(ActionItemFilter filter, LocalDate today, int limit) {
        if (ActionItemSql.byWordAlone(filter)) {
            ActionItemWords.Sure sure = words.itemsSurelyMatching(filter, today, limit);
            if (sure.count() >= limit || sure.exact()) {
                return Math.min(sure.count(), limit);
            }
        }
        String code = ActionItemSql.regionCode(filter);
        if (code == null || ActionItemSql.province(filter) != null) {
            return idsUpTo(ActionItemSql.of(filter, null, today, jdbc), limit);
        }
        ActionItemFilter rest = filter.withRegionCode(null);
        long own = idsUpTo(ActionItemSql.of(rest, null, today, jdbc).placedIn(code), limit);
        List<Long> agencies = ActionItemSql.agenciesIn(jdbc, code);
        if (own >= limit || agencies.isEmpty()) {
            return own;
        }
        return own + idsUpTo(ActionItemSql.of(rest, null, today, jdbc).byAgencyIn(agencies), (int) (limit - own));
    }

    /**
     * {@code select count(*) from (select i.id from action_item i where … fetch first :limit rows only)}: the database
     * counts the rows it found, instead of sending up to {@code limit} ids to be counted here.
     */
    private long idsUpTo(ActionItemSql sql, int limit) {
        Long count = jdbc.queryForObject("select count(*) from (select i.id from action_item i" + sql.where()
                + " fetch first " + limit + " rows only) found", Long.class, sql.args());
        return count == null ? 0 : count;
    }

    long count(ActionItemFilter filter, LocalDate today) {
        ActionItemSql sql = ActionItemSql.of(filter, null, today, jdbc);
        Long count = jdbc.queryForObject("select count(*) from action_item i" + sql.where(), Long.class, sql.args());
        return count == null ? 0 : count;
    }

    /** The page's order: in the default order the filter's fixed columns, then due date; always id last. */
    private static String orderBy(ActionItemFilter filter, Sort sort, boolean openFirst) {
        List<String> orders = new ArrayList<>();
        if (sort.isUnsorted() && !openFirst) {
            fixedColumnsFirst(filter).forEach(fixed -> orders.add(fixed.column));
        }
        if (openFirst) {
            orders.add("case when i.status in " + ActionItemSql.OPEN_STATUSES + " then 0 else 1 end");
        }
        for (Sort.Order requested : sort) {
            String column = SORTABLE.get(requested.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Not sortable: " + requested.getProperty());
            }
            orders.add(requested.isAscending() ? column : column + " desc");
        }
        if (sort.isUnsorted()) {
            orders.add("i.due_date");
        }
        orders.add("i.id");
        return " order by " + String.join(", ", orders);
    }

    /**
     * The columns the filter fixes, where an index begins with them and goes on with (due date, id): they change
     * nothing in the order (one value each), but H2 reads an index in order only when the {@code order by} names its
     * columns from the first, and otherwise sorted every item of the status or strategy to find the page's 50 (or, in
     * a report, all of them before the first row). Used by the lists here and the reports ({@link ActionItemRowQuery}).
     */
    static List<FixedColumn> fixedColumnsFirst(ActionItemFilter filter) {
        if (filter.responsibleAgencyId() != null && filter.status() != null) { // (responsible agency, status, due, id)
            return List.of(FixedColumn.RESPONSIBLE_AGENCY, FixedColumn.STATUS);
        }
        if (filter.responsibleAgencyId() == null && ActionItemSql.province(filter) != null) {
            return List.of(FixedColumn.PROVINCE); // (province, due date, id)
        }
        if (filter.responsibleAgencyId() == null && filter.status() != null && filter.strategy() == null) {
            return List.of(FixedColumn.STATUS); // (status, due date, id)
        }
        if (filter.responsibleAgencyId() == null && filter.status() == null && filter.strategy() != null) {
            return List.of(FixedColumn.STRATEGY); // (strategy, due date, id)
        }
        return List.of();
    }

    /** A column a filter can fix. */
    enum FixedColumn {
        RESPONSIBLE_AGENCY("i.responsible_agency_id"),
        STATUS("i.status"),
        STRATEGY("i.strategy"),
        PROVINCE("i.province_code");

        final String column;

        FixedColumn(String column) {
            this.column = column;
        }
    }
}
