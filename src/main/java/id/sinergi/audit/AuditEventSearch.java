package id.sinergi.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;

/** Filtered reads of the audit trail, built from only the criteria that are set (portable across H2 and PostgreSQL). */
interface AuditEventSearch {

    List<AuditEvent> search(AuditFilter filter, Pageable pageable);

    long count(AuditFilter filter);

    /** Newest first, strictly older than {@code beforeId} (null: from the newest): for streaming exports. */
    List<AuditEvent> searchBefore(AuditFilter filter, Long beforeId, int limit);
}
