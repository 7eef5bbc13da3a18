package id.sinergi.action;

import id.sinergi.agency.Agency;
import id.sinergi.region.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * An action item (Rencana Aksi) agreed in a meeting. The coordinator fields have public setters (the plan form binds
 * them); status, progress and due date change only through the services' rules (progress updates, extension decisions,
 * closing and reopening). The meetings are referenced by id: the meeting feature owns them.
 */
@Entity
@Table(name = "action_item")
@EntityListeners(ActionItemWordFollower.class)
public class ActionItem {

    public static final int ACTIVITY_MAX_LENGTH = 1000;
    public static final int OUTPUT_MAX_LENGTH = 1000;
    public static final int TARGET_UNIT_MAX_LENGTH = 50;
    public static final int BUDGET_SOURCE_MAX_LENGTH = 100;
    public static final int NOTES_MAX_LENGTH = 2000;
    public static final int REASON_MAX_LENGTH = 1000;
    public static final String TARGET_MAX = "10000000";
    /** One trillion rupiah: more than any single coordination activity costs. */
    public static final String BUDGET_MAX = "1000000000000";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "origin_meeting_id", nullable = false, updatable = false)
    private Long originMeetingId;

    @Column(name = "carried_to_meeting_id")
    private Long carriedToMeetingId;

    @Column(name = "item_number", nullable = false)
    private int number;

    @NotBlank(message = "{validation.required}")
    @Size(max = ACTIVITY_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = ACTIVITY_MAX_LENGTH)
    private String activity;

    @Size(max = OUTPUT_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "output_indicator", length = OUTPUT_MAX_LENGTH)
    private String outputIndicator;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @DecimalMax(value = TARGET_MAX, message = "{validation.tooLarge}")
    @Column(name = "target_amount", precision = 15, scale = 2)
    private BigDecimal targetAmount;

    @Size(max = TARGET_UNIT_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "target_unit", length = TARGET_UNIT_MAX_LENGTH)
    private String targetUnit;

    @NotNull(message = "{validation.required}")
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "original_due_date")
    private LocalDate originalDueDate;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_agency_id", nullable = false)
    private Agency responsibleAgency;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "action_item_supporting_agency", joinColumns = @JoinColumn(name = "action_item_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    @BatchSize(size = 100)
    private Set<Agency> supportingAgencies = new HashSet<>();

    @Size(max = BUDGET_SOURCE_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "budget_source", length = BUDGET_SOURCE_MAX_LENGTH)
    private String budgetSource;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @DecimalMax(value = BUDGET_MAX, message = "{validation.tooLarge}")
    @Column(name = "budget_amount", precision = 17, scale = 2)
    private BigDecimal budgetAmount;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NationalStrategy strategy;

    @Column(name = "region_code", length = 13)
    private String regionCode;

    /**
     * The province the item lies in: its own region's or, when it has none, its responsible agency's (kept on every
     * save, and by {@link ActionItemPlaces} when an agency moves), so that a province's items are one range of the
     * (province_code, due_date, id) index (V0022).
     */
    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionItemStatus status = ActionItemStatus.NOT_STARTED;

    @Column(nullable = false)
    private int progress;

    @Size(max = NOTES_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = NOTES_MAX_LENGTH)
    private String notes;

    @Column(name = "closing_reason", length = REASON_MAX_LENGTH)
    private String closingReason;

    /** The day it was marked done (the dashboard's trend); null while not done. */
    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ActionItem() {
    }

    public ActionItem(String activity, LocalDate dueDate, Agency responsibleAgency, NationalStrategy strategy) {
        this.activity = activity;
        this.dueDate = dueDate;
        this.responsibleAgency = responsibleAgency;
        this.strategy = strategy;
    }

    /** A new item for the "add item" form: the strategy most items have, everything else empty. */
    public static ActionItem blank() {
        return new ActionItem(null, null, null, NationalStrategy.PREVENTION);
    }

    /** Gives the item the province of its place before it is written (see {@link #provinceCode}). */
    @PrePersist
    @PreUpdate
    void place() {
        provinceCode = RegionLevel.provinceOf(regionCode != null ? regionCode
                : responsibleAgency == null ? null : responsibleAgency.getRegionCode());
    }

    /** Open and past its due date on the given day. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOverdue(dueDate, today);
    }

    /** The meeting whose action plan lists the item now: the one it was carried to, else the one that agreed it. */
    public Long getCurrentMeetingId() {
        return carriedToMeetingId != null ? carriedToMeetingId : originMeetingId;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public Long getOriginMeetingId() {
        return originMeetingId;
    }

    void setOriginMeetingId(Long originMeetingId) {
        this.originMeetingId = originMeetingId;
    }

    public Long getCarriedToMeetingId() {
        return carriedToMeetingId;
    }

    void setCarriedToMeetingId(Long carriedToMeetingId) {
        this.carriedToMeetingId = carriedToMeetingId;
    }

    public int getNumber() {
        return number;
    }

    void setNumber(int number) {
        this.number = number;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getOutputIndicator() {
        return outputIndicator;
    }

    public void setOutputIndicator(String outputIndicator) {
        this.outputIndicator = outputIndicator;
    }

    public BigDecimal getTargetAmount() {
        return targetAmount;
    }

    public void setTargetAmount(BigDecimal targetAmount) {
        this.targetAmount = targetAmount;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public void setTargetUnit(String targetUnit) {
        this.targetUnit = targetUnit;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** Set by coordinators in the plan; after an approved extension the first agreed date stays in the original. */
    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    /** The due date first agreed, when an extension moved it; null while it never moved. */
    public LocalDate getOriginalDueDate() {
        return originalDueDate;
    }

    void extendTo(LocalDate newDueDate) {
        if (originalDueDate == null) {
            originalDueDate = dueDate;
        }
        dueDate = newDueDate;
    }

    public Agency getResponsibleAgency() {
        return responsibleAgency;
    }

    public void setResponsibleAgency(Agency responsibleAgency) {
        this.responsibleAgency = responsibleAgency;
    }

    public Set<Agency> getSupportingAgencies() {
        return supportingAgencies;
    }

    public void setSupportingAgencies(Set<Agency> supportingAgencies) {
        this.supportingAgencies = supportingAgencies == null ? new HashSet<>() : new HashSet<>(supportingAgencies);
    }

    public String getBudgetSource() {
        return budgetSource;
    }

    public void setBudgetSource(String budgetSource) {
        this.budgetSource = budgetSource;
    }

    public BigDecimal getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(BigDecimal budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public NationalStrategy getStrategy() {
        return strategy;
    }

    public void setStrategy(NationalStrategy strategy) {
        this.strategy = strategy;
    }

    /** The province the item lies in (its own region's or its responsible agency's), or null. */
    public String getProvinceCode() {
        return provinceCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public ActionItemStatus getStatus() {
        return status;
    }

    void setStatus(ActionItemStatus status) {
        if (status != ActionItemStatus.DONE) {
            doneOn = null;
        } else if (this.status != ActionItemStatus.DONE) {
            doneOn = ActionItemService.today();
        }
        this.status = status;
    }

    public int getProgress() {
        return progress;
    }

    void setProgress(int progress) {
        this.progress = progress;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** Why the item was marked done or cancelled by a coordinator; cleared on reopening. */
    public String getClosingReason() {
        return closingReason;
    }

    void setClosingReason(String closingReason) {
        this.closingReason = closingReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ActionItem that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return number + ". " + activity;
    }
}
