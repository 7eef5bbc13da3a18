package id.sinergi.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an agency of category IMMIGRATION has on top: its kind, the class of a Kanim and its working area (the codes of
 * the regencies and cities it covers). The Kanwil an office belongs to is its parent agency.
 */
@Entity
@Table(name = "immigration_office")
public class ImmigrationOffice {

    @Id
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfficeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_class", length = 30)
    private OfficeClass officeClass;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "office_working_area", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "region_code", length = 13)
    private Set<String> workingArea = new TreeSet<>();

    protected ImmigrationOffice() {
    }

    ImmigrationOffice(Agency agency, OfficeKind kind) {
        this.agency = agency;
        this.kind = kind;
    }

    /** The id of the office's agency. */
    public Long getAgencyId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public int getVersion() {
        return version;
    }

    public OfficeKind getKind() {
        return kind;
    }

    void setKind(OfficeKind kind) {
        this.kind = kind;
    }

    /** The class of a Kanim; null for a Kanwil or Rudenim. */
    public OfficeClass getOfficeClass() {
        return officeClass;
    }

    void setOfficeClass(OfficeClass officeClass) {
        this.officeClass = officeClass;
    }

    /** Codes of the regencies and cities it covers, sorted. */
    public SortedSet<String> getWorkingArea() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(workingArea));
    }

    void setWorkingArea(Set<String> codes) {
        workingArea.clear();
        workingArea.addAll(codes);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ImmigrationOffice that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
