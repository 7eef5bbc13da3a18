package id.sinergi.audit;

import java.time.Instant;

/** What the audit log view filters by; every part is optional (null or blank = any). */
public record AuditFilter(Instant from, Instant to, String username, String action, String entityType, String entityId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** One line per set criterion, for the export's audit entry and title block. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "from", from);
        append(text, "to", to);
        append(text, "user", username);
        append(text, "action", action);
        append(text, "entity", entityType);
        append(text, "entity id", entityId);
        return text.isEmpty() ? "(no filter)" : text.toString().strip();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            text.append(name).append(": ").append(value).append('\n');
        }
    }
}
