package id.sinergi.security;

import id.sinergi.audit.AuditService;
import id.sinergi.user.AccountSecurityChanged;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Login sessions, recorded in the database so every node refuses an ended one: users see and end their own sessions,
 * administrators end a user's (or everyone's), and disabling an account, changing its role or its password ends them.
 * A session also ends after the absolute lifetime ({@code SINERGI_SESSION_MAX_LIFETIME}, default 12 h).
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    public static final String SESSION_ATTRIBUTE = "sinergi.sessionRef";
    private static final Duration SEEN_PRECISION = Duration.ofMinutes(1);

    public record SessionInfo(String id, Instant startedAt, Instant lastSeenAt, String clientAddress, String userAgent,
                              boolean current) {
    }

    private final UserSessionRepository sessions;
    private final LocalSessions local;
    private final CurrentUser currentUser;
    private final ThrottlingAuthenticationProvider login;
    private final AuditService audit;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final SecureRandom random = new SecureRandom();

    SessionService(UserSessionRepository sessions, LocalSessions local, CurrentUser currentUser,
                   ThrottlingAuthenticationProvider login, AuditService audit, Clock clock,
                   @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
                   @Value("${sinergi.session.max-lifetime:12h}") Duration maxLifetime) {
        this.sessions = sessions;
        this.local = local;
        this.currentUser = currentUser;
        this.login = login;
        this.audit = audit;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.maxLifetime = maxLifetime;
    }

    public List<SessionInfo> mySessions() {
        return describe(currentUser.require().userId());
    }

    /** Ends one of the caller's own sessions; needs the password again. */
    @Transactional
    public void endMySession(String id, String currentPassword) {
        UserPrincipal me = currentUser.require();
        login.verify(me.getUsername(), currentPassword);
        sessions.findById(id).filter(s -> s.getUserId() == me.userId() && !s.isEnded())
                .ifPresent(s -> end(List.of(s), "ENDED_BY_USER"));
    }

    @Transactional
    public void endMyOtherSessions(String currentPassword) {
        UserPrincipal me = currentUser.require();
        login.verify(me.getUsername(), currentPassword);
        endOtherSessionsOf(me.userId(), "ENDED_BY_USER");
    }

    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public List<SessionInfo> sessionsOf(long userId) {
        return describe(userId);
    }

    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional
    public void endSessionsOf(long userId) {
        endAllSessionsOf(userId, "ENDED_BY_ADMIN");
        audit.record("SESSIONS_ENDED", "User", userId, "by administrator");
    }

    /** Ends every session except the administrator's own, e.g. after a suspected breach. */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional
    public int endAllOtherSessions() {
        String mine = ClientAddress.currentSessionRef();
        List<UserSession> others = sessions.findByEndedAtIsNull().stream().filter(s -> !s.getId().equals(mine)).toList();
        end(others, "ENDED_BY_ADMIN");
        audit.record("SESSIONS_ENDED", "User", null, "all sessions but the administrator's: " + others.size());
        return others.size();
    }

    @Transactional
    String start(long userId, HttpServletRequest request) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.save(new UserSession(id, userId, clock.instant(), request.getRemoteAddr(), request.getHeader("User-Agent")));
        request.getSession().setAttribute(SESSION_ATTRIBUTE, id);
        local.register(id, request.getSession());
        return id;
    }

    /** Whether the session may go on; ends it when it passed its absolute lifetime. Notes the activity once a minute. */
    @Transactional
    boolean validate(String id, long userId) {
        UserSession session = id == null ? null : sessions.findById(id).orElse(null);
        if (session == null || session.isEnded() || session.getUserId() != userId) {
            return false;
        }
        Instant now = clock.instant();
        if (session.getCreatedAt().plus(maxLifetime).isBefore(now)) {
            session.end(now, "LIFETIME");
            return false;
        }
        if (session.getLastSeenAt().plus(SEEN_PRECISION).isBefore(now)) {
            session.seen(now);
        }
        return true;
    }

    @Transactional
    void endAllSessionsOf(long userId, String reason) {
        end(sessions.findByUserIdAndEndedAtIsNull(userId), reason);
    }

    @Transactional
    void endOtherSessionsOf(long userId, String reason) {
        String current = ClientAddress.currentSessionRef();
        end(sessions.findByUserIdAndEndedAtIsNull(userId).stream().filter(s -> !s.getId().equals(current)).toList(), reason);
    }

    @EventListener
    @Transactional
    void accountChanged(AccountSecurityChanged event) {
        if (event.keepCurrentSession()) {
            endOtherSessionsOf(event.userId(), event.reason());
        } else {
            endAllSessionsOf(event.userId(), event.reason());
        }
    }

    /** A session closed by a logout, an idle timeout or an invalidation. */
    @Transactional
    void closed(String id) {
        local.unregister(id);
        sessions.findById(id).ifPresent(s -> s.end(clock.instant(), "CLOSED"));
    }

    /** Closes, on this node, sessions that another node ended (they would otherwise wait for their next request). */
    @Scheduled(fixedDelayString = "${sinergi.session.sweep-interval:30s}")
    void closeSessionsEndedElsewhere() {
        var refs = local.references();
        if (!refs.isEmpty()) {
            local.invalidate(sessions.findEndedAmong(refs));
        }
    }

    private void end(List<UserSession> ended, String reason) {
        Instant now = clock.instant();
        ended.forEach(s -> s.end(now, reason));
        List<String> ids = ended.stream().map(UserSession::getId).toList();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    local.invalidate(ids);
                }
            });
        } else {
            local.invalidate(ids);
        }
    }

    private List<SessionInfo> describe(long userId) {
        String current = ClientAddress.currentSessionRef();
        Instant activeSince = clock.instant().minus(idleTimeout).minus(SEEN_PRECISION);
        return sessions.findActive(userId, activeSince).stream()
                .map(s -> new SessionInfo(s.getId(), s.getCreatedAt(), s.getLastSeenAt(), s.getClientAddress(),
                        s.getUserAgent(), Objects.equals(s.getId(), current)))
                .toList();
    }
}
