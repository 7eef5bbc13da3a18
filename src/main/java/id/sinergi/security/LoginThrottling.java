package id.sinergi.security;

import id.sinergi.audit.AuditService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then blocks repeated failed logins, per account and per client address, before any password is checked.
 * Counters live in the database so every app node sees them. Blocks are temporary (they grow, are capped and expire),
 * so an attacker can delay a real user but never lock them out for good.
 */
@Component
class LoginThrottling {

    /** When a key is slowed (short block after each further failure) and when it is locked out (long block). */
    record Policy(String prefix, int slowAfter, int lockAfter, Duration window, Duration slowDelay, Duration maxSlowDelay,
                  Duration firstLock, Duration maxLock) {
    }

    /** Per account: after 3 failures within 15 minutes each further one waits 30 s, then 60 s; the 5th locks for 15 min. */
    static final Policy ACCOUNT = new Policy("account:", 3, 5, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(2));
    /** Per client address (a whole office may share one): slowed after 10 failures, locked after 20. */
    static final Policy ADDRESS = new Policy("address:", 10, 20, Duration.ofMinutes(15), Duration.ofSeconds(10),
            Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(2));
    private static final int USERNAME_KEY_LENGTH = 100;

    private final LoginThrottleRepository throttles;
    private final TransactionTemplate transaction;
    private final AuditService audit;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

    LoginThrottling(LoginThrottleRepository throttles, PlatformTransactionManager transactions, AuditService audit,
                    Clock clock) {
        this.throttles = throttles;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Until when this attempt must wait, if the account or the address is blocked now (address null: not known). */
    Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        List<String> keys = address == null ? List.of(accountKey(username)) : List.of(accountKey(username), addressKey(address));
        return transaction.execute(s -> throttles.findByKeyIn(keys).stream()
                .filter(t -> t.isBlockedAt(now)).map(LoginThrottle::getBlockedUntil).max(Instant::compareTo));
    }

    /** Counts a failure for the account and the address; audits each slow-down and lockout it causes. */
    void recordFailure(String username, String address) {
        count(ACCOUNT, accountKey(username), username, address);
        if (address != null) {
            count(ADDRESS, addressKey(address), username, address);
        }
        cleanUpNowAndThen();
    }

    /** A fully successful login forgives the account's failures (not the address's: other accounts may be attacked). */
    void recordSuccess(String username) {
        transaction.executeWithoutResult(s -> throttles.findForUpdate(accountKey(username)).ifPresent(LoginThrottle::forgive));
    }

    private void count(Policy policy, String key, String username, String address) {
        try {
            transaction.executeWithoutResult(s -> countInTransaction(policy, key, username, address));
        } catch (DataIntegrityViolationException firstRowRace) {
            // another node inserted the same key at the same moment: count again on its row
            transaction.executeWithoutResult(s -> countInTransaction(policy, key, username, address));
        }
    }

    private void countInTransaction(Policy policy, String key, String username, String address) {
        Instant now = clock.instant();
        LoginThrottle throttle = throttles.findForUpdate(key).orElseGet(() -> throttles.saveAndFlush(new LoginThrottle(key, now)));
        throttle.countFailure(now, policy.window());
        int failures = throttle.getFailures();
        if (failures >= policy.lockAfter()) {
            Duration lock = policy.firstLock().multipliedBy(1L << Math.min(throttle.getLockouts(), 16));
            lock = lock.compareTo(policy.maxLock()) > 0 ? policy.maxLock() : lock;
            throttle.blockUntil(now.plus(lock), true);
            audit.recordStandalone("LOGIN_LOCKED", username, describe(key, address, failures, lock));
        } else if (failures >= policy.slowAfter()) {
            Duration delay = policy.slowDelay().multipliedBy(1L << Math.min(failures - policy.slowAfter(), 16));
            delay = delay.compareTo(policy.maxSlowDelay()) > 0 ? policy.maxSlowDelay() : delay;
            throttle.blockUntil(now.plus(delay), false);
            audit.recordStandalone("LOGIN_THROTTLED", username, describe(key, address, failures, delay));
        }
    }

    private void cleanUpNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastCleanup.get();
        if (last.plus(Duration.ofMinutes(10)).isBefore(now) && lastCleanup.compareAndSet(last, now)) {
            transaction.executeWithoutResult(s -> throttles.deleteStale(now.minus(Duration.ofDays(1)), now));
        }
    }

    private static String describe(String key, String address, int failures, Duration blocked) {
        return "key: " + key + "\naddress: " + address + "\nfailures: " + failures + "\nblocked for: " + blocked;
    }

    static String accountKey(String username) {
        String normalized = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return ACCOUNT.prefix() + (normalized.length() > USERNAME_KEY_LENGTH
                ? normalized.substring(0, USERNAME_KEY_LENGTH) : normalized);
    }

    static String addressKey(String address) {
        return ADDRESS.prefix() + address;
    }
}
