package id.sinergi.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** One administrator setting of the security feature, as a key and a value. */
@Entity
@Table(name = "security_setting")
class SecuritySetting {

    static final String SECOND_FACTOR_REQUIRED = "second-factor-required";

    @Id
    @Column(name = "setting_key", length = 50)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Version
    private int version;

    protected SecuritySetting() {
    }

    SecuritySetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SecuritySetting that && key != null && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
