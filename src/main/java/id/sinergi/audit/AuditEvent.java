package id.sinergi.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail: who did what to which record, when, with the changes (old → new). */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTION_MAX_LENGTH = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 50)
    private String username;

    @Column(nullable = false, length = ACTION_MAX_LENGTH)
    private String action;

    @Column(name = "entity_type", length = 40)
    private String entityType;

    @Column(name = "entity_id", length = 40)
    private String entityId;

    @Column(columnDefinition = "text")
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, String action, String entityType, String entityId, String details) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AuditEvent that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
