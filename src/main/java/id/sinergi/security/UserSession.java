package id.sinergi.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One login session of a user, known to every app node; an ended session is refused at its next request. */
@Entity
@Table(name = "user_session")
class UserSession {

    static final int USER_AGENT_MAX_LENGTH = 200;
    static final int ADDRESS_MAX_LENGTH = 64;

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "client_address", length = ADDRESS_MAX_LENGTH)
    private String clientAddress;

    @Column(name = "user_agent", length = USER_AGENT_MAX_LENGTH)
    private String userAgent;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 30)
    private String endReason;

    protected UserSession() {
    }

    UserSession(String id, long userId, Instant now, String clientAddress, String userAgent) {
        this.id = id;
        this.userId = userId;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.clientAddress = cut(clientAddress, ADDRESS_MAX_LENGTH);
        this.userAgent = cut(userAgent, USER_AGENT_MAX_LENGTH);
    }

    String getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }

    String getClientAddress() {
        return clientAddress;
    }

    String getUserAgent() {
        return userAgent;
    }

    boolean isEnded() {
        return endedAt != null;
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }

    void end(Instant now, String reason) {
        if (endedAt == null) {
            endedAt = now;
            endReason = reason;
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserSession that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
