package id.sinergi.meeting;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** An outcome of a meeting (Hasil Rapat): information, conclusion or decision, optionally tied to an agenda item. */
@Entity
@Table(name = "outcome")
public class Outcome {

    public static final int CONTENT_MAX_LENGTH = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutcomeKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = CONTENT_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = CONTENT_MAX_LENGTH)
    private String content;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    protected Outcome() {
    }

    public Outcome(OutcomeKind kind, String content, AgendaItem agendaItem) {
        this.kind = kind;
        this.content = content;
        this.agendaItem = agendaItem;
    }

    /** A blank decision for the "add outcome" form. */
    public static Outcome blank() {
        return new Outcome(OutcomeKind.DECISION, null, null);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    Meeting getMeeting() {
        return meeting;
    }

    void setMeeting(Meeting meeting) {
        this.meeting = meeting;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public void setKind(OutcomeKind kind) {
        this.kind = kind;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public void setAgendaItem(AgendaItem agendaItem) {
        this.agendaItem = agendaItem;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Outcome that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
