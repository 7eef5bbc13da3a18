package id.sinergi.desabinaan;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * An activity in a fostered village (Kegiatan Desa). Holds counts only: no personal data of possible victims,
 * so there is no field for names or contacts.
 */
@Entity
@Table(name = "village_activity")
public class VillageActivity {

    public static final int TOPIC_MAX_LENGTH = 200;
    public static final int FINDINGS_MAX_LENGTH = 2000;
    public static final int FOLLOW_UP_MAX_LENGTH = 2000;
    /** More people than this at one village event is a typing error. */
    public static final int PARTICIPANTS_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "desa_binaan_id", nullable = false)
    private DesaBinaan assignment;

    @Column(name = "activity_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityKind kind;

    @Column(nullable = false, length = TOPIC_MAX_LENGTH)
    private String topic;

    @Column(name = "participants_male", nullable = false)
    private int participantsMale;

    @Column(name = "participants_female", nullable = false)
    private int participantsFemale;

    @Column(length = FINDINGS_MAX_LENGTH)
    private String findings;

    @Column(name = "follow_up", length = FOLLOW_UP_MAX_LENGTH)
    private String followUp;

    @Column(name = "action_item_id")
    private Long actionItemId;

    protected VillageActivity() {
    }

    /** A blank activity of an assignment, for the "new activity" form. */
    public static VillageActivity blank(DesaBinaan assignment) {
        VillageActivity activity = new VillageActivity();
        activity.assignment = assignment;
        return activity;
    }

    public VillageActivity(DesaBinaan assignment, LocalDate date, ActivityKind kind, String topic, int male, int female) {
        this.assignment = assignment;
        this.date = date;
        this.kind = kind;
        this.topic = topic;
        this.participantsMale = male;
        this.participantsFemale = female;
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

    public DesaBinaan getAssignment() {
        return assignment;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic == null ? null : topic.trim();
    }

    public int getParticipantsMale() {
        return participantsMale;
    }

    public void setParticipantsMale(int participantsMale) {
        this.participantsMale = participantsMale;
    }

    public int getParticipantsFemale() {
        return participantsFemale;
    }

    public void setParticipantsFemale(int participantsFemale) {
        this.participantsFemale = participantsFemale;
    }

    public int getParticipants() {
        return participantsMale + participantsFemale;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = blankToNull(findings);
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = blankToNull(followUp);
    }

    /** The action item (Rencana Aksi) the follow-up continues in, if any. */
    public Long getActionItemId() {
        return actionItemId;
    }

    public void setActionItemId(Long actionItemId) {
        this.actionItemId = actionItemId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof VillageActivity that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
