package id.sinergi.action;

import id.sinergi.base.WordPrefix;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.hibernate.Session;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.hibernate.query.criteria.JpaCriteriaQuery;
import org.hibernate.query.criteria.JpaSubQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The list queries over all action items: only the filter parts that are set become conditions, each matching an index
 * (see V0009, V0015), the page is ordered by the requested columns and then by id so pages never overlap, and the count
 * is a COUNT query. Overdue is computed from status and due date against the given day, never stored.
 * A page is read in two steps: the ids of the page (the database skips rows in an index, not in the table), then those
 * items with their agency. In the default order a page after a known row seeks past it ({@link ListBookmarks}).
 */
@Component
class ActionItemSearch {

    /** Sortable grid columns: the property names the UI may pass in a {@link Sort}. */
    static final List<String> SORTABLE = List.of("number", "activity", "dueDate", "status", "progress", "strategy",
            "responsibleAgency.abbreviation", "originMeetingId");

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
        List<Long> ids = pageIds(filter, today, pageable, openFirst, null);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionItem> found = new HashMap<>();
        entityManager.createQuery("select i from ActionItem i join fetch i.responsibleAgency where i.id in :ids",
                ActionItem.class).setParameter("ids", ids).getResultList().forEach(i -> found.put(i.getId(), i));
        return inOrder(ids, found);
    }

    /**
     * The same page as list rows, seeking from the nearest bookmarked row when the list is in its default order
     * ({@code bookmarks} may be null). Rows are read as the seven values a row shows, in plain SQL, not as entities:
     * loading 50 entities with their agencies into the persistence context was four fifths of a page's time in the
     * app, and Hibernate translates a query with a list parameter anew on every call (profiles of the first page at
     * 1,000,000 items on PostgreSQL).
     */
    List<ActionItemSummary> summaries(ActionItemFilter filter, LocalDate today, Pageable pageable, boolean openFirst,
                                      ListBookmarks bookmarks) {
        List<Long> ids = pageIds(filter, today, pageable, openFirst, bookmarks);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionItemSummary> found = new HashMap<>();
        jdbc.query("select i.id, i.item_number, i.activity, a.abbreviation, i.due_date, i.status, i.progress"
                + " from action_item i join agency a on a.id = i.responsible_agency_id where i.id in ("
                + "?, ".repeat(ids.size() - 1) + "?)", (ResultSet row) -> {
            found.put(row.getLong(1), new ActionItemSummary(row.getLong(1), row.getInt(2), row.getString(3),
                    row.getString(4).intern(), row.getObject(5, LocalDate.class),
                    ActionItemStatus.valueOf(row.getString(6)), row.getInt(7)));
        }, ids.toArray());
        return inOrder(ids, found);
    }

    /** The ids of one page, in the page's order; in the default order a page after a bookmarked row seeks past it. */
    private List<Long> pageIds(ActionItemFilter filter, LocalDate today, Pageable pageable, boolean openFirst,
                               ListBookmarks bookmarks) {
        boolean seekable = bookmarks != null && !openFirst && pageable.getSort().isUnsorted();
        long offset = pageable.getOffset();
        Map.Entry<Long, ListBookmarks.Mark> mark = seekable ? bookmarks.before(filter, offset) : null;
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<ActionItem> item = query.from(ActionItem.class);
        List<Predicate> where = new ArrayList<>(List.of(conditions(entityManager, filter, today, cb, query, item)));
        if (mark != null) {
            Path<LocalDate> due = item.get("dueDate");
            Path<Long> id = item.get("id");
            // the first condition lets the database start reading the (…, due date, id) index at the mark
            where.add(cb.greaterThanOrEqualTo(due, mark.getValue().dueDate()));
            where.add(cb.or(cb.greaterThan(due, mark.getValue().dueDate()), cb.and(cb.equal(due,
                    mark.getValue().dueDate()), cb.greaterThan(id, mark.getValue().id()))));
        }
        query.multiselect(item.get("id"), item.get("dueDate")).where(where.toArray(Predicate[]::new))
                .orderBy(order(filter, pageable.getSort(), openFirst, cb, item));
        List<Object[]> keys = entityManager.createQuery(query)
                .setFirstResult((int) (mark == null ? offset : offset - mark.getKey() - 1))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        if (seekable && !keys.isEmpty()) {
            Object[] last = keys.getLast();
            bookmarks.remember(filter, offset + keys.size() - 1, new ListBookmarks.Mark((LocalDate) last[1],
                    (Long) last[0]));
        }
        return keys.stream().map(k -> (Long) k[0]).toList();
    }

    /** The rows found for these ids, in the ids' order (an item removed in between is left out). */
    private static <T> List<T> inOrder(List<Long> ids, Map<Long, T> found) {
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * The number of matching items, counting no further than {@code limit}. With a region, the two disjoint parts of
     * the region rule ({@link #placedIn}, {@link #byAgencyIn}) are counted one after the other, each along the
     * (region_code, responsible_agency_id, …) index: counted in one query with {@code or}, PostgreSQL read a table page
     * for every matching item (143 ms at 1,000,000 items for a province). A text, alone or with a status or a strategy,
     * is first counted from the word index ({@link ActionItemWords#itemsSurelyMatching}); only when that stays under
     * the limit and a typed word begins more than one indexed word is the filter itself counted.
     */
    long countUpTo(ActionItemFilter filter, LocalDate today, int limit) {
        if (textWithStatusOrStrategy(filter)) {
            ActionItemWords.Sure sure = words.itemsSurelyMatching(ActionItemWords.ofQuery(typedText(filter)),
                    filter.status(), filter.strategy(), limit);
            if (sure.count() >= limit || sure.exact()) {
                return Math.min(sure.count(), limit);
            }
        }
        String code = regionCode(filter);
        if (code == null) {
            return idsUpTo(filter, today, limit, null);
        }
        ActionItemFilter rest = filter.withRegionCode(null);
        long own = idsUpTo(rest, today, limit, (cb, item) -> placedIn(item, code, cb));
        List<Long> agencies = agenciesIn(entityManager, code);
        if (own >= limit || agencies.isEmpty()) {
            return own;
        }
        return own + idsUpTo(rest, today, (int) (limit - own), (cb, item) -> byAgencyIn(item, agencies, cb));
    }

    /**
     * {@code select count(*) from (select i.id from action_item i where … fetch first :limit rows only)}: the database
     * counts the rows it found, instead of sending up to {@code limit} ids to be counted here (10,001 ids through
     * Hibernate were most of the count's time for a filter the index answers at once).
     */
    private long idsUpTo(ActionItemFilter filter, LocalDate today, int limit,
                         BiFunction<CriteriaBuilder, Root<ActionItem>, Predicate> extra) {
        HibernateCriteriaBuilder cb = entityManager.unwrap(Session.class).getCriteriaBuilder();
        JpaCriteriaQuery<Long> query = cb.createQuery(Long.class);
        JpaSubQuery<Long> ids = query.subquery(Long.class);
        Root<ActionItem> item = ids.from(ActionItem.class);
        List<Predicate> where = new ArrayList<>(List.of(conditions(entityManager, filter, today, cb, ids, item)));
        if (extra != null) {
            where.add(extra.apply(cb, item));
        }
        Path<Long> id = item.get("id");
        id.alias("id"); // a derived table's columns need names; Hibernate's alias() names the path itself
        ids.select(id).where(where.toArray(Predicate[]::new)).fetch(limit);
        query.select(cb.count()).from(ids);
        return entityManager.createQuery(query).getSingleResult();
    }

    long count(ActionItemFilter filter, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActionItem> item = query.from(ActionItem.class);
        query.select(cb.count(item)).where(conditions(entityManager, filter, today, cb, query, item));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The filter's conditions; {@link ActionItemSql} says the same in SQL for the report queries. */
    static Predicate[] conditions(EntityManager entityManager, ActionItemFilter filter, LocalDate today,
                                  CriteriaBuilder cb, CommonAbstractCriteria query, Root<ActionItem> item) {
        List<Predicate> where = new ArrayList<>();
        if (filter.responsibleAgencyId() != null) {
            where.add(cb.equal(item.get("responsibleAgency").get("id"), filter.responsibleAgencyId()));
        }
        if (filter.supportingAgencyId() != null) {
            Subquery<Long> supported = query.subquery(Long.class);
            Root<ActionItem> inner = supported.from(ActionItem.class);
            var agency = inner.join("supportingAgencies");
            supported.select(inner.get("id")).where(cb.equal(inner.get("id"), item.get("id")),
                    cb.equal(agency.get("id"), filter.supportingAgencyId()));
            where.add(cb.exists(supported));
        }
        if (filter.status() != null) {
            where.add(cb.equal(item.get("status"), filter.status()));
        }
        if (filter.overdueOnly()) {
            where.add(item.get("status").in(ActionItemStatus.OPEN));
            where.add(cb.lessThan(item.get("dueDate"), today));
        }
        if (filter.strategy() != null) {
            where.add(cb.equal(item.get("strategy"), filter.strategy()));
        }
        if (filter.dueFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(item.get("dueDate"), filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            where.add(cb.lessThanOrEqualTo(item.get("dueDate"), filter.dueTo()));
        }
        if (filter.meetingId() != null) {
            where.add(cb.or(cb.equal(item.get("originMeetingId"), filter.meetingId()),
                    cb.equal(item.get("carriedToMeetingId"), filter.meetingId())));
        }
        String code = regionCode(filter);
        if (code != null) {
            List<Long> agencies = agenciesIn(entityManager, code);
            where.add(agencies.isEmpty() ? placedIn(item, code, cb)
                    : cb.or(placedIn(item, code, cb), byAgencyIn(item, agencies, cb)));
        }
        if (typedText(filter) != null) {
            text(typedText(filter), cb, query, item, where);
        }
        return where.toArray(Predicate[]::new);
    }

    /** A filter of words, perhaps with a status or a strategy, and nothing else. */
    private static boolean textWithStatusOrStrategy(ActionItemFilter filter) {
        return typedText(filter) != null && new ActionItemFilter(null, null, filter.status(), false, filter.strategy(),
                null, null, null, null, filter.text()).equals(filter);
    }

    private static String typedText(ActionItemFilter filter) {
        return filter.text() == null || filter.text().isBlank() ? null : filter.text().strip().toLowerCase(Locale.ROOT);
    }

    private static String regionCode(ActionItemFilter filter) {
        return filter.regionCode() == null || filter.regionCode().isBlank() ? null : filter.regionCode().trim();
    }

    /** The first part of the region rule: the item's own region lies in the region. */
    private static Predicate placedIn(Root<ActionItem> item, String code, CriteriaBuilder cb) {
        return within(item.get("regionCode"), code, cb);
    }

    /** The second part: the item has no region of its own and its responsible agency is one of the region's. */
    private static Predicate byAgencyIn(Root<ActionItem> item, List<Long> agencies, CriteriaBuilder cb) {
        return cb.and(cb.isNull(item.get("regionCode")), item.get("responsibleAgency").get("id").in(agencies));
    }

    /**
     * The agencies whose region lies in the region: an item without a region of its own lies in its agency's. Asked
     * first (a few of some 800 agencies), so that the item query reads the (region_code, responsible_agency_id, …)
     * index for both cases (V0018) instead of joining every item without a region to its agency (0.5 s at 1,000,000).
     */
    private static List<Long> agenciesIn(EntityManager entityManager, String code) {
        return entityManager.createQuery("select a.id from Agency a where a.regionCode = :code"
                        + " or a.regionCode like :inside escape '\\'", Long.class)
                .setParameter("code", code).setParameter("inside", escape(code) + ".%").getResultList();
    }

    /**
     * The region itself or anything inside it (codes nest: "36" ⊃ "36.04" ⊃ "36.04.13"), also as the code range that
     * the (region_code, responsible_agency_id, due_date, id) index reads (V0018; {@code like '36.%'} cannot use it on
     * PostgreSQL).
     */
    private static Predicate within(Path<String> region, String code, CriteriaBuilder cb) {
        Predicate inside = cb.or(cb.equal(region, code), cb.like(region, escape(code) + ".%", '\\'));
        WordPrefix range = WordPrefix.of(code);
        if (range == null) {
            return inside;
        }
        Predicate from = cb.greaterThanOrEqualTo(region, range.from());
        return range.below() == null ? cb.and(inside, from)
                : cb.and(inside, from, cb.lessThan(region, range.below()));
    }

    /**
     * Items that have, for each word of the text, a word starting with it in their activity, output indicator or notes
     * (in any order and field, through the word index {@link ActionItemWords}): "paspor", "pas" and "wawancara paspor"
     * find "Penerbitan paspor dengan wawancara", "spor" does not; characters other than letters and digits only separate
     * words. (Until V0017 the whole text had to occur as it was, anywhere: that read every item, 1.8 s at 1,000,000.)
     */
    private static void text(String text, CriteriaBuilder cb, CommonAbstractCriteria query, Root<ActionItem> item,
                             List<Predicate> where) {
        List<String> words = ActionItemWords.ofQuery(text);
        for (String word : words) {
            Subquery<Long> hasWord = query.subquery(Long.class);
            Root<ActionItemWord> indexed = hasWord.from(ActionItemWord.class);
            Path<String> column = indexed.get("word");
            List<Predicate> conditions = new ArrayList<>(List.of(cb.equal(indexed.get("itemId"), item.get("id"))));
            WordPrefix range = WordPrefix.of(word);
            if (range == null || !range.exact()) {
                conditions.add(cb.like(column, WordPrefix.escapeLike(word) + "%", '\\'));
            }
            if (range != null) {
                conditions.add(cb.greaterThanOrEqualTo(column, range.from()));
                if (range.below() != null) {
                    conditions.add(cb.lessThan(column, range.below()));
                }
            }
            where.add(cb.exists(hasWord.select(indexed.get("itemId")).where(conditions.toArray(Predicate[]::new))));
        }
    }

    private static List<Order> order(ActionItemFilter filter, Sort sort, boolean openFirst, CriteriaBuilder cb,
                                     Root<ActionItem> item) {
        List<Order> orders = new ArrayList<>();
        if (sort.isUnsorted() && !openFirst) {
            fixedColumnsFirst(filter).forEach(fixed -> orders.add(cb.asc(path(item, fixed.property))));
        }
        if (openFirst) {
            orders.add(cb.asc(cb.selectCase().when(item.get("status").in(ActionItemStatus.OPEN), 0).otherwise(1)));
        }
        for (Sort.Order requested : sort) {
            if (!SORTABLE.contains(requested.getProperty())) {
                throw new IllegalArgumentException("Not sortable: " + requested.getProperty());
            }
            Path<?> path = path(item, requested.getProperty());
            orders.add(requested.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        if (sort.isUnsorted()) {
            orders.add(cb.asc(item.get("dueDate")));
        }
        orders.add(cb.asc(item.get("id")));
        return orders;
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
        if (filter.responsibleAgencyId() == null && filter.status() != null && filter.strategy() == null) {
            return List.of(FixedColumn.STATUS); // (status, due date, id)
        }
        if (filter.responsibleAgencyId() == null && filter.status() == null && filter.strategy() != null) {
            return List.of(FixedColumn.STRATEGY); // (strategy, due date, id)
        }
        return List.of();
    }

    /** A column a filter can fix, as the criteria queries and the report SQL name it. */
    enum FixedColumn {
        RESPONSIBLE_AGENCY("responsibleAgency.id", "i.responsible_agency_id"),
        STATUS("status", "i.status"),
        STRATEGY("strategy", "i.strategy");

        final String property;
        final String column;

        FixedColumn(String property, String column) {
            this.property = property;
            this.column = column;
        }
    }

    private static Path<?> path(Root<ActionItem> item, String property) {
        Path<?> path = item;
        for (String part : property.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    private static String escape(String text) {
        return WordPrefix.escapeLike(text);
    }
}
