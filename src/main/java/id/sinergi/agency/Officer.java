package id.sinergi.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An officer (Petugas) of an agency: attends meetings, may be appointed Pimpasa of a fostered village. */
@Entity
@Table(name = "officer")
public class Officer {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int POSITION_MAX_LENGTH = 150;
    public static final int PHONE_MAX_LENGTH = 30;
    public static final int EMAIL_MAX_LENGTH = 120;
    /** Digits, spaces and a leading plus, e.g. "+62 812 3456 7890". */
    public static final String PHONE_PATTERN = "\\+?[0-9][0-9 ]{5,29}";
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(length = Nip.LENGTH)
    private String nip;

    @Size(max = POSITION_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(name = "position_title", length = POSITION_MAX_LENGTH)
    private String position;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Size(max = PHONE_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    @Size(max = EMAIL_MAX_LENGTH, message = "{validation.tooLong}")
    @Column(length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(nullable = false)
    private boolean active = true;

    protected Officer() {
    }

    public Officer(String name, String nip, Agency agency) {
        this.name = name;
        this.agency = agency;
        setNip(nip);
    }

    /** A blank officer for the "new officer" form. */
    public static Officer blank() {
        return new Officer();
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = Nip.normalize(nip);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = blankToNull(position);
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = blankToNull(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = blankToNull(email);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Officer that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
