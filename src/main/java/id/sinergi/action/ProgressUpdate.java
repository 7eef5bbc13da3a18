package id.sinergi.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress report (Progres) on an action item: new status and %, narrative, evidence files, and optionally an extension
 * request (usulan perpanjangan) that a coordinator approves or rejects. Never changed afterwards except for that decision.
 */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    public static final int NARRATIVE_MAX_LENGTH = 4000;
    public static final int EXTENSION_REASON_MAX_LENGTH = 1000;
    public static final int DECISION_NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_item_id", nullable = false, updatable = false)
    private ActionItem item;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "author_username", nullable = false, length = 50, updatable = false)
    private String authorUsername;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ActionItemStatus status;

    @Column(nullable = false, updatable = false)
    private int progress;

    @Column(nullable = false, length = NARRATIVE_MAX_LENGTH, updatable = false)
    private String narrative;

    @Column(name = "extension_due_date", updatable = false)
    private LocalDate extensionDueDate;

    @Column(name = "extension_reason", length = EXTENSION_REASON_MAX_LENGTH, updatable = false)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_decision", length = 20)
    private ExtensionDecision extensionDecision;

    /** The item's due date just before an approved extension moved it. */
    @Column(name = "previous_due_date")
    private LocalDate previousDueDate;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = DECISION_NOTE_MAX_LENGTH)
    private String decisionNote;

    protected ProgressUpdate() {
    }

    ProgressUpdate(ActionItem item, Instant createdAt, String authorUsername, String authorName,
                   ActionItemStatus status, int progress, String narrative) {
        this.item = item;
        this.createdAt = createdAt;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.status = status;
        this.progress = progress;
        this.narrative = narrative;
    }

    void requestExtension(LocalDate newDueDate, String reason) {
        this.extensionDueDate = newDueDate;
        this.extensionReason = reason;
        this.extensionDecision = ExtensionDecision.PENDING;
    }

    void decide(ExtensionDecision decision, String by, Instant at, String note, LocalDate dueDateBefore) {
        this.extensionDecision = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
        this.previousDueDate = dueDateBefore;
    }

    public boolean hasPendingExtension() {
        return extensionDecision == ExtensionDecision.PENDING;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public ActionItem getItem() {
        return item;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getNarrative() {
        return narrative;
    }

    public LocalDate getExtensionDueDate() {
        return extensionDueDate;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public ExtensionDecision getExtensionDecision() {
        return extensionDecision;
    }

    public LocalDate getPreviousDueDate() {
        return previousDueDate;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProgressUpdate that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
