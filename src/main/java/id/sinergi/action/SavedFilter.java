package id.sinergi.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** The one saved filter of the all-items list of a user (one row per user). */
@Entity
@Table(name = "action_item_saved_filter")
class SavedFilter {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private Integer version;

    @Column(name = "responsible_agency_id")
    private Long responsibleAgencyId;

    @Column(name = "supporting_agency_id")
    private Long supportingAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ActionItemStatus status;

    @Column(name = "overdue_only", nullable = false)
    private boolean overdueOnly;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private NationalStrategy strategy;

    @Column(name = "due_from")
    private LocalDate dueFrom;

    @Column(name = "due_to")
    private LocalDate dueTo;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "region_code", length = 13)
    private String regionCode;

    @Column(name = "text_filter", length = ActionItemFilter.TEXT_MAX_LENGTH)
    private String text;

    protected SavedFilter() {
    }

    SavedFilter(Long userId) {
        this.userId = userId;
    }

    void set(ActionItemFilter filter) {
        responsibleAgencyId = filter.responsibleAgencyId();
        supportingAgencyId = filter.supportingAgencyId();
        status = filter.status();
        overdueOnly = filter.overdueOnly();
        strategy = filter.strategy();
        dueFrom = filter.dueFrom();
        dueTo = filter.dueTo();
        meetingId = filter.meetingId();
        regionCode = filter.regionCode();
        text = filter.text();
    }

    ActionItemFilter toFilter() {
        return new ActionItemFilter(responsibleAgencyId, supportingAgencyId, status, overdueOnly, strategy, dueFrom, dueTo,
                meetingId, regionCode, text);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SavedFilter that && Objects.equals(userId, that.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }
}
