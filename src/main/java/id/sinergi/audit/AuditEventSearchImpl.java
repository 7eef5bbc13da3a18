package id.sinergi.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class AuditEventSearchImpl implements AuditEventSearch {

    private static final Set<String> SORTABLE = Set.of("occurredAt", "username", "action", "entityType", "entityId");

    private final EntityManager entityManager;

    AuditEventSearchImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(criteria(cb, event, filter).toArray(Predicate[]::new));
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            if (SORTABLE.contains(order.getProperty())) {
                orders.add(order.isAscending() ? cb.asc(event.get(order.getProperty())) : cb.desc(event.get(order.getProperty())));
            }
        }
        orders.add(cb.desc(event.get("id")));
        query.orderBy(orders);
        var typed = entityManager.createQuery(query);
        if (pageable.isPaged()) {
            typed.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return typed.getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(criteria(cb, event, filter).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    @Override
    public List<AuditEvent> searchBefore(AuditFilter filter, Long beforeId, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        List<Predicate> predicates = criteria(cb, event, filter);
        if (beforeId != null) {
            predicates.add(cb.lessThan(event.get("id"), beforeId));
        }
        query.where(predicates.toArray(Predicate[]::new)).orderBy(cb.desc(event.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    private static List<Predicate> criteria(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            predicates.add(cb.lessThan(event.get("occurredAt"), filter.to()));
        }
        if (hasText(filter.username())) {
            predicates.add(cb.like(cb.lower(event.get("username")), contains(filter.username()), '\\'));
        }
        if (hasText(filter.action())) {
            predicates.add(cb.equal(event.get("action"), filter.action().trim()));
        }
        if (hasText(filter.entityType())) {
            predicates.add(cb.equal(event.get("entityType"), filter.entityType().trim()));
        }
        if (hasText(filter.entityId())) {
            predicates.add(cb.equal(event.get("entityId"), filter.entityId().trim()));
        }
        return predicates;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
