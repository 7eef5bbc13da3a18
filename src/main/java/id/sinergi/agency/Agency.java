package id.sinergi.agency;

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
import java.time.LocalDate;
import java.util.Objects;

/** An agency (Instansi): ministry, regional government office, immigration office, village government, police... */
@Entity
@Table(name = "agency")
public class Agency {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int ABBREVIATION_MAX_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = ABBREVIATION_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = ABBREVIATION_MAX_LENGTH)
    private String abbreviation;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgencyCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Column(name = "region_code", length = 13)
    private String regionCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The ended agency this one continues (renamed or split off), so its history can be followed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "predecessor_id")
    private Agency predecessor;

    protected Agency() {
    }

    /** A blank agency for the "new agency" form. */
    public static Agency blank() {
        return new Agency();
    }

    public Agency(String name, String abbreviation, AgencyCategory category) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public AgencyCategory getCategory() {
        return category;
    }

    public void setCategory(AgencyCategory category) {
        this.category = category;
    }

    public Agency getParent() {
        return parent;
    }

    public void setParent(Agency parent) {
        this.parent = parent;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Agency getPredecessor() {
        return predecessor;
    }

    void setPredecessor(Agency predecessor) {
        this.predecessor = predecessor;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Ended: its last day lies before the given day. */
    public boolean isEndedOn(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    public boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || !validTo.isBefore(day));
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Agency that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return abbreviation;
    }
}
