package id.sinergi.action;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The report queries over action items: pages of plain rows by keyset (each page starts after the last row of the one
 * before, so page 1,000 costs what page 1 costs), and per-agency counts by GROUP BY. The filter conditions are the
 * lists' own ({@link ActionItemSearch#conditions}); {@code kanwilId} adds "the agency or one of its offices".
 */
@Component
class ActionItemRowQuery {

    @PersistenceContext
    private EntityManager entityManager;

    /** The page after {@code after} (null: the first page) in the given order, strategy fixed for BY_STRATEGY. */
    List<ActionItemRow> page(ActionItemFilter filter, Long kanwilId, LocalDate today, ItemOrder order,
                             NationalStrategy strategy, ActionItemRow after, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<ActionItem> item = query.from(ActionItem.class);
        Join<Object, Object> agency = item.join("responsibleAgency");
        List<Predicate> where = new ArrayList<>(List.of(ActionItemSearch.conditions(entityManager, filter, today, cb,
                query, item)));
        inKanwil(cb, agency, kanwilId, where);
        if (order == ItemOrder.BY_STRATEGY) {
            where.add(cb.equal(item.get("strategy"), strategy));
            if (after != null) {
                where.add(after(cb, List.of(item.get("originMeetingId"), item.get("number"), item.get("id")),
                        List.of(after.originMeetingId(), after.number(), after.id()), false));
            }
            query.orderBy(cb.asc(item.get("originMeetingId")), cb.asc(item.get("number")), cb.asc(item.get("id")));
        } else {
            if (after != null) {
                where.add(after(cb, List.of(item.get("dueDate"), item.get("id")), List.of(after.dueDate(), after.id()), true));
            }
            query.orderBy(cb.asc(item.get("dueDate")), cb.asc(item.get("id")));
        }
        query.multiselect(item.get("id"), item.get("originMeetingId"), item.get("carriedToMeetingId"), item.get("number"),
                item.get("activity"), item.get("outputIndicator"), item.get("targetAmount"), item.get("targetUnit"),
                item.get("dueDate"), agency.get("id"), agency.get("abbreviation"), agency.get("name"),
                item.get("budgetSource"), item.get("budgetAmount"), item.get("strategy"), item.get("status"),
                item.get("progress"), item.get("notes")).where(where.toArray(Predicate[]::new));
        List<Tuple> tuples = entityManager.createQuery(query).setMaxResults(size).getResultList();
        List<ActionItemRow> rows = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            rows.add(new ActionItemRow(t.get(0, Long.class), t.get(1, Long.class), t.get(2, Long.class),
                    t.get(3, Integer.class), t.get(4, String.class), t.get(5, String.class), t.get(6, BigDecimal.class),
                    t.get(7, String.class), t.get(8, LocalDate.class), t.get(9, Long.class), t.get(10, String.class),
                    t.get(11, String.class), List.of(), t.get(12, String.class), t.get(13, BigDecimal.class),
                    t.get(14, NationalStrategy.class), t.get(15, ActionItemStatus.class), t.get(16, Integer.class),
                    t.get(17, String.class), null));
        }
        return rows;
    }

    /** Abbreviations of the supporting agencies of each item, alphabetically. */
    Map<Long, List<String>> supporting(Collection<Long> itemIds) {
        Map<Long, List<String>> result = new HashMap<>();
        entityManager.createQuery("""
                        select i.id, a.abbreviation from ActionItem i join i.supportingAgencies a
                        where i.id in :ids order by a.abbreviation""", Object[].class)
                .setParameter("ids", itemIds).getResultList()
                .forEach(r -> result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return result;
    }

    /** The newest progress update of each item that has one. */
    Map<Long, ActionItemRow.LatestProgress> latest(Collection<Long> itemIds) {
        Map<Long, ActionItemRow.LatestProgress> result = new HashMap<>();
        entityManager.createQuery("""
                        select u.item.id, u.createdAt, u.authorName, u.status, u.progress, u.narrative from ProgressUpdate u
                        where u.item.id in :ids order by u.item.id, u.createdAt desc, u.id desc""", Object[].class)
                .setParameter("ids", itemIds).getResultList()
                .forEach(r -> result.putIfAbsent((Long) r[0], new ActionItemRow.LatestProgress((Instant) r[1],
                        (String) r[2], (ActionItemStatus) r[3], (Integer) r[4], (String) r[5])));
        return result;
    }

    long count(ActionItemFilter filter, Long kanwilId, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActionItem> item = query.from(ActionItem.class);
        List<Predicate> where = new ArrayList<>(List.of(ActionItemSearch.conditions(entityManager, filter, today, cb,
                query, item)));
        if (kanwilId != null) {
            inKanwil(cb, item.join("responsibleAgency"), kanwilId, where);
        }
        return entityManager.createQuery(query.select(cb.count(item)).where(where.toArray(Predicate[]::new)))
                .getSingleResult();
    }

    List<AgencyProgress> perAgency(ActionItemFilter filter, Long kanwilId, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<ActionItem> item = query.from(ActionItem.class);
        Join<Object, Object> agency = item.join("responsibleAgency");
        List<Predicate> where = new ArrayList<>(List.of(ActionItemSearch.conditions(entityManager, filter, today, cb,
                query, item)));
        inKanwil(cb, agency, kanwilId, where);
        Path<ActionItemStatus> status = item.get("status");
        Predicate overdue = cb.and(status.in(ActionItemStatus.OPEN), cb.lessThan(item.get("dueDate"), today));
        query.multiselect(agency.get("id"), agency.get("abbreviation"), agency.get("name"), cb.count(item),
                        countIf(cb, cb.equal(status, ActionItemStatus.DONE)),
                        countIf(cb, cb.equal(status, ActionItemStatus.IN_PROGRESS)),
                        countIf(cb, cb.equal(status, ActionItemStatus.NOT_STARTED)),
                        countIf(cb, cb.equal(status, ActionItemStatus.CANCELLED)), countIf(cb, overdue))
                .where(where.toArray(Predicate[]::new))
                .groupBy(agency.get("id"), agency.get("abbreviation"), agency.get("name"))
                .orderBy(cb.asc(agency.get("abbreviation")));
        return entityManager.createQuery(query).getResultList().stream().map(t -> new AgencyProgress(
                t.get(0, Long.class), t.get(1, String.class), t.get(2, String.class), number(t.get(3)), number(t.get(4)),
                number(t.get(5)), number(t.get(6)), number(t.get(7)), number(t.get(8)))).toList();
    }

    /** The responsible agency is the Kanwil itself or one of its offices (its parent is the Kanwil). */
    private static void inKanwil(CriteriaBuilder cb, Join<Object, Object> agency, Long kanwilId, List<Predicate> where) {
        if (kanwilId != null) {
            where.add(cb.or(cb.equal(agency.get("id"), kanwilId), cb.equal(agency.get("parent").get("id"), kanwilId)));
        }
    }

    private static Expression<Integer> countIf(CriteriaBuilder cb, Predicate condition) {
        return cb.sum(cb.<Integer>selectCase().when(condition, 1).otherwise(0));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Keyset condition "(a, b, c) > (x, y, z)" spelled out, for databases without row-value comparison. With
     * {@code seek} it is led by "a >= x", so that the database seeks the (due_date, id) index from x instead of reading
     * every row before it on each page. Not for the strategy order: there no index starts with the meeting, and H2
     * then walks the meeting index without stopping at the page size (measured: 4x slower).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate after(CriteriaBuilder cb, List<Path<?>> keys, List<Object> values, boolean seek) {
        int last = keys.size() - 1;
        Predicate result = cb.greaterThan((Path<Comparable>) keys.get(last), (Comparable) values.get(last));
        for (int i = last - 1; i >= 0; i--) {
            Path<Comparable> key = (Path<Comparable>) keys.get(i);
            Comparable value = (Comparable) values.get(i);
            result = cb.or(cb.greaterThan(key, value), cb.and(cb.equal(key, value), result));
        }
        return seek ? cb.and(cb.greaterThanOrEqualTo((Path<Comparable>) keys.getFirst(), (Comparable) values.getFirst()),
                result) : result;
    }
}
