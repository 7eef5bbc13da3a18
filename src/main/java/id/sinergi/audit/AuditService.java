package id.sinergi.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records audit events in the caller's transaction, so a change and its audit entry commit (or roll back) together.
 * The caller's user comes from the security context; "system" when there is none (demo data, start-up jobs).
 * The trail is append-only for the app; only administrators read it as a whole (the audit log view and its export).
 */
@Service
public class AuditService {

    /** Times in the audit log view and export are shown in Western Indonesian Time (WIB). */
    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Jakarta");
    private static final int USERNAME_MAX_LENGTH = 50;
    private static final int REFERENCE_MAX_LENGTH = 40;

    private final AuditEventRepository events;
    private final AuditExport export;
    private final Clock clock;

    AuditService(AuditEventRepository events, AuditExport export, Clock clock) {
        this.events = events;
        this.export = export;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, String details) {
        save(currentUsername(), action, entityType, entityId, details);
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

    /** Records an event on its own, e.g. a failed login that has no surrounding transaction, or one that rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String action, String username, String details) {
        save(username, action, null, null, details);
    }

    /** Who exported what, when: call it from every export, with what the export contains (e.g. its filter). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordExport(String exportName, String contents) {
        save(currentUsername(), "EXPORT", "Export", exportName, contents);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(String entityType, Object entityId) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId.toString());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        return events.search(filter, pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(filter);
    }

    /** The actions and entity types that occur, for the filter choices. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.findActions();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return events.findEntityTypes();
    }

    /** Streams the filtered events as an .xlsx workbook (constant memory) and audits the export itself. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public void export(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        recordExport("audit log", filter.describe());
        export.write(filter, locale, out);
    }

    public record Change(Object before, Object after) {
    }

    private void save(String username, String action, String entityType, Object entityId, String details) {
        events.save(new AuditEvent(clock.instant(), cut(username, USERNAME_MAX_LENGTH), cut(action, REFERENCE_MAX_LENGTH),
                cut(entityType, REFERENCE_MAX_LENGTH), entityId == null ? null : cut(entityId.toString(), REFERENCE_MAX_LENGTH),
                details));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
