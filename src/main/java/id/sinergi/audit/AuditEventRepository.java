package id.sinergi.audit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: the app can add and read audit events, never change or delete one (no such method exists here). */
interface AuditEventRepository extends Repository<AuditEvent, Long>, AuditEventSearch {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(String entityType, String entityId);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findActions();

    @Query("select distinct e.entityType from AuditEvent e where e.entityType is not null order by e.entityType")
    List<String> findEntityTypes();
}
