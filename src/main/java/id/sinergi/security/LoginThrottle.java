package id.sinergi.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Failed-login counter of one account or one client address. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    static final int KEY_MAX_LENGTH = 120;

    @Id
    @Column(name = "throttle_key", length = KEY_MAX_LENGTH)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(nullable = false)
    private int lockouts;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginThrottle() {
    }

    LoginThrottle(String key, Instant now) {
        this.key = key;
        this.windowStart = now;
        this.lastFailureAt = now;
    }

    String getKey() {
        return key;
    }

    int getFailures() {
        return failures;
    }

    Instant getWindowStart() {
        return windowStart;
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }

    int getLockouts() {
        return lockouts;
    }

    Instant getLastFailureAt() {
        return lastFailureAt;
    }

    boolean isBlockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /** Counts one more failure; a window older than {@code window} starts afresh, old lockouts are forgotten after a day. */
    void countFailure(Instant now, java.time.Duration window) {
        if (lastFailureAt.plus(java.time.Duration.ofDays(1)).isBefore(now)) {
            lockouts = 0;
        }
        if (windowStart.plus(window).isBefore(now)) {
            failures = 0;
            windowStart = now;
        }
        failures++;
        lastFailureAt = now;
    }

    void blockUntil(Instant until, boolean lockout) {
        blockedUntil = until;
        if (lockout) {
            lockouts++;
            failures = 0;
        }
    }

    void forgive() {
        failures = 0;
        lockouts = 0;
        blockedUntil = null;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LoginThrottle that && key != null && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
