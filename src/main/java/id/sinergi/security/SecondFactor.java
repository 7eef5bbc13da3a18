package id.sinergi.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A user's TOTP authenticator: the encrypted seed, whether it is confirmed, and the last step used (no replay). */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    static final int SECRET_MAX_LENGTH = 200;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private int version;

    @Column(nullable = false, length = SECRET_MAX_LENGTH)
    private String secret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    @Column(name = "enabled_at")
    private Instant enabledAt;

    protected SecondFactor() {
    }

    SecondFactor(long userId, String encryptedSecret) {
        this.userId = userId;
        this.secret = encryptedSecret;
    }

    Long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    boolean isEnabled() {
        return enabled;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    Instant getEnabledAt() {
        return enabledAt;
    }

    /** A new, unconfirmed seed replaces an earlier unconfirmed one. */
    void restart(String encryptedSecret) {
        if (enabled) {
            throw new IllegalStateException("Already enabled");
        }
        this.secret = encryptedSecret;
        this.lastUsedStep = 0;
    }

    void enable(long step, Instant now) {
        this.enabled = true;
        this.lastUsedStep = step;
        this.enabledAt = now;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SecondFactor that && userId != null && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(userId);
    }
}
