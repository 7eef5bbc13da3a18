package id.sinergi.desabinaan;

import id.sinergi.agency.Agency;
import id.sinergi.agency.Officer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A village (region of village level) fostered by one office under one program: a Desa Binaan assignment. */
@Entity
@Table(name = "desa_binaan")
public class DesaBinaan {

    public static final int SK_NUMBER_MAX_LENGTH = 100;
    public static final int REASON_NOTE_MAX_LENGTH = 500;
    public static final int END_REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Column(name = "village_code", nullable = false, length = 13)
    private String villageCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private Agency office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Program program;

    @Column(name = "sk_number", length = SK_NUMBER_MAX_LENGTH)
    private String skNumber;

    @Column(name = "sk_date")
    private LocalDate skDate;

    @Column(name = "inauguration_date")
    private LocalDate inaugurationDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private SelectionReason reason;

    @Column(name = "reason_note", length = REASON_NOTE_MAX_LENGTH)
    private String reasonNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10)
    private RiskLevel riskLevel = RiskLevel.MEDIUM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentStatus status = AssignmentStatus.PROPOSED;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_reason", length = END_REASON_MAX_LENGTH)
    private String endReason;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "desa_binaan_pimpasa", joinColumns = @JoinColumn(name = "desa_binaan_id"),
            inverseJoinColumns = @JoinColumn(name = "officer_id"))
    private Set<Officer> pimpasa = new LinkedHashSet<>();

    protected DesaBinaan() {
    }

    /** A blank assignment for the "new assignment" form. */
    public static DesaBinaan blank() {
        return new DesaBinaan();
    }

    public DesaBinaan(String villageCode, Agency office, Program program) {
        this.villageCode = villageCode;
        this.office = office;
        this.program = program;
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

    public String getVillageCode() {
        return villageCode;
    }

    public void setVillageCode(String villageCode) {
        this.villageCode = villageCode;
    }

    public Agency getOffice() {
        return office;
    }

    public void setOffice(Agency office) {
        this.office = office;
    }

    public Program getProgram() {
        return program;
    }

    public void setProgram(Program program) {
        this.program = program;
    }

    public String getSkNumber() {
        return skNumber;
    }

    public void setSkNumber(String skNumber) {
        this.skNumber = blankToNull(skNumber);
    }

    public LocalDate getSkDate() {
        return skDate;
    }

    public void setSkDate(LocalDate skDate) {
        this.skDate = skDate;
    }

    public LocalDate getInaugurationDate() {
        return inaugurationDate;
    }

    public void setInaugurationDate(LocalDate inaugurationDate) {
        this.inaugurationDate = inaugurationDate;
    }

    public SelectionReason getReason() {
        return reason;
    }

    public void setReason(SelectionReason reason) {
        this.reason = reason;
    }

    public String getReasonNote() {
        return reasonNote;
    }

    public void setReasonNote(String reasonNote) {
        this.reasonNote = blankToNull(reasonNote);
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    /** PROPOSED or ACTIVE; an assignment ends only through the service's end(). */
    public void setStatus(AssignmentStatus status) {
        this.status = status;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getEndReason() {
        return endReason;
    }

    void end(LocalDate date, String why) {
        this.status = AssignmentStatus.ENDED;
        this.endDate = date;
        this.endReason = why;
    }

    /** The Pimpasa, by name. */
    public List<Officer> getPimpasa() {
        return pimpasa.stream().sorted(Comparator.comparing(Officer::getName)).toList();
    }

    public void setPimpasa(Collection<Officer> officers) {
        pimpasa.clear();
        if (officers != null) {
            pimpasa.addAll(officers);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DesaBinaan that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return villageCode + " " + program;
    }
}
