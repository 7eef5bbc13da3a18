package id.sinergi.meeting;

import id.sinergi.agency.Agency;
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

/**
 * One line of the attendance list (Daftar Hadir). Name, position and agency are stored as they were at the meeting,
 * also when the person was picked from the officers list ({@link #getOfficerId()}), so a later change of an officer's
 * position does not rewrite old minutes. A guest may name an organisation that is not a listed agency.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    public static final int ORGANIZATION_MAX_LENGTH = 200;

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

    @NotBlank(message = "{validation.required}")
    @Size(max = Meeting.PERSON_NAME_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "person_name", nullable = false, length = Meeting.PERSON_NAME_MAX_LENGTH)
    private String personName;

    @Size(max = Meeting.POSITION_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "person_position", length = Meeting.POSITION_MAX_LENGTH)
    private String personPosition;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Size(max = ORGANIZATION_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = ORGANIZATION_MAX_LENGTH)
    private String organization;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Presence presence = Presence.PRESENT;

    @Size(max = Meeting.PERSON_NAME_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "represented_by", length = Meeting.PERSON_NAME_MAX_LENGTH)
    private String representedBy;

    @Column(nullable = false)
    private boolean guest;

    @Column(name = "officer_id")
    private Long officerId;

    protected Attendance() {
    }

    public Attendance(String personName, String personPosition, Agency agency, Presence presence) {
        this.personName = personName;
        this.personPosition = personPosition;
        this.agency = agency;
        this.presence = presence;
    }

    /** A blank line for the "add attendee" form. */
    public static Attendance blank() {
        return new Attendance();
    }

    /** A copy for the follow-up meeting: the same person, presence not known yet. */
    Attendance copyForFollowUp() {
        Attendance copy = new Attendance(personName, personPosition, agency, Presence.ABSENT);
        copy.organization = organization;
        copy.guest = guest;
        copy.officerId = officerId;
        return copy;
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

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPosition() {
        return personPosition;
    }

    public void setPersonPosition(String personPosition) {
        this.personPosition = personPosition;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    /** The agency's abbreviation, else the organisation typed in for a guest, else empty. */
    public String getAgencyLabel() {
        if (agency != null) {
            return agency.getAbbreviation();
        }
        return organization == null ? "" : organization;
    }

    public Presence getPresence() {
        return presence;
    }

    public void setPresence(Presence presence) {
        this.presence = presence;
    }

    public String getRepresentedBy() {
        return representedBy;
    }

    public void setRepresentedBy(String representedBy) {
        this.representedBy = representedBy;
    }

    public boolean isGuest() {
        return guest;
    }

    public void setGuest(boolean guest) {
        this.guest = guest;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Attendance that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
