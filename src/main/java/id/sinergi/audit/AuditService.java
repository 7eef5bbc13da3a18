package id.sinergi.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records audit events in the caller's transaction, so a change and its audit entry commit (or roll back) together.
 * The caller's user comes from the security context; "system" when there is none (demo data, start-up jobs).
 */
@Service
public class AuditService {

    private final AuditEventRepository events;

    AuditService(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String details) {
        events.save(new AuditEvent(Instant.now(), currentUsername(), action, entityType,
                entityId == null ? null : entityId.toString(), details));
    }

    /** Records a change with one line per changed field: {@code field: old → new}. Unchanged fields are left out. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String action, String entityType, Object entityId, Map<String, Change> changes) {
        String details = changes.entrySet().stream()
                .filter(e -> !Objects.equals(e.getValue().before(), e.getValue().after()))
                .map(e -> e.getKey() + ": " + e.getValue().before() + " → " + e.getValue().after())
                .collect(Collectors.joining("\n"));
        record(action, entityType, entityId, details);
    }

    /** Records an event on its own, e.g. a failed login that has no surrounding transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String action, String username, String details) {
        events.save(new AuditEvent(Instant.now(), username, action, null, null, details));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(String entityType, Object entityId) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId.toString());
    }

    public record Change(Object before, Object after) {
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
