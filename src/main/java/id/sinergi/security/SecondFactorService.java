package id.sinergi.security;

import id.sinergi.audit.AuditService;
import id.sinergi.base.BusinessRuleException;
import id.sinergi.user.CurrentUser;
import id.sinergi.user.Role;
import id.sinergi.user.UserPrincipal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factor: an authenticator app (TOTP) enrolled with a QR code and confirmed with a first code, plus ten
 * single-use recovery codes shown once. Changing it needs the password again; an administrator can reset it.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactorService {

    public static final String ISSUER = "Sinergi";
    static final int RECOVERY_CODES = 10;
    private static final int SECRET_BYTES = 20;
    private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    public record Status(boolean enabled, int recoveryCodesLeft, boolean required) {
    }

    /** What the authenticator app needs; shown once, during enrolment only. */
    public record Enrolment(String otpauthUri, String secret) {
    }

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretCipher cipher;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final ThrottlingAuthenticationProvider login;
    private final SecondFactorRequirement requirement;
    private final SessionService sessions;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, SecretCipher cipher,
                        PasswordEncoder encoder, CurrentUser currentUser, ThrottlingAuthenticationProvider login,
                        SecondFactorRequirement requirement, SessionService sessions, AuditService audit, Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.login = login;
        this.requirement = requirement;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public Status status() {
        UserPrincipal me = currentUser.require();
        boolean enabled = factors.findById(me.userId()).filter(SecondFactor::isEnabled).isPresent();
        int left = enabled ? recoveryCodes.findByUserIdAndUsedAtIsNull(me.userId()).size() : 0;
        return new Status(enabled, left, requirement.policy().requires(me.role()));
    }

    /** Starts (or restarts) enrolling an authenticator; needs the password again. */
    @Transactional
    public Enrolment startEnrolment(String currentPassword) {
        UserPrincipal me = currentUser.require();
        login.verify(me.getUsername(), currentPassword);
        return start(me.userId(), me.getUsername());
    }

    /** Confirms the enrolment with a first code; returns the recovery codes, which are never shown again. */
    @Transactional
    public List<String> confirmEnrolment(String code) {
        UserPrincipal me = currentUser.require();
        List<String> codes = confirm(me.userId(), code);
        sessions.endOtherSessionsOf(me.userId(), "SECOND_FACTOR_CHANGED");
        return codes;
    }

    /** New recovery codes replace the old ones; needs a current authenticator code. */
    @Transactional
    public List<String> renewRecoveryCodes(String code) {
        UserPrincipal me = currentUser.require();
        SecondFactor factor = enabledFactor(me.userId());
        useTotp(factor, code);
        audit.record("RECOVERY_CODES_RENEWED", "User", me.userId(), "username: " + me.getUsername());
        return newRecoveryCodes(me.userId());
    }

    /** Turns the second factor off (not allowed when the policy requires it for the user's role). */
    @Transactional
    public void disable(String currentPassword, String code) {
        UserPrincipal me = currentUser.require();
        if (requirement.policy().requires(me.role())) {
            throw new BusinessRuleException("twofactor.error.required");
        }
        login.verify(me.getUsername(), currentPassword);
        SecondFactor factor = enabledFactor(me.userId());
        if (!matchesTotp(factor, code) && !useRecoveryCode(me.userId(), code)) {
            throw new BusinessRuleException("twofactor.error.wrongCode");
        }
        remove(me.userId());
        audit.record("SECOND_FACTOR_DISABLED", "User", me.userId(), "username: " + me.getUsername());
        sessions.endOtherSessionsOf(me.userId(), "SECOND_FACTOR_CHANGED");
    }

    /** For a user who lost their authenticator and recovery codes, after the administrator checked who they are. */
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    @Transactional
    public void resetFor(long userId) {
        remove(userId);
        audit.record("SECOND_FACTOR_RESET", "User", userId, "by administrator");
        sessions.endAllSessionsOf(userId, "SECOND_FACTOR_RESET");
    }

    @Transactional
    Enrolment start(long userId, String username) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        String encrypted = cipher.encrypt(secret, context(userId));
        SecondFactor factor = factors.findById(userId).orElse(null);
        if (factor == null) {
            factors.save(new SecondFactor(userId, encrypted));
        } else if (factor.isEnabled()) {
            throw new BusinessRuleException("twofactor.error.alreadyEnabled");
        } else {
            factor.restart(encrypted);
        }
        String grouped = Base32.encode(secret).replaceAll("(.{4})(?!$)", "$1 ");
        return new Enrolment(Totp.otpauthUri(ISSUER, username, secret), grouped);
    }

    @Transactional
    List<String> confirm(long userId, String code) {
        SecondFactor factor = factors.findById(userId).orElseThrow(() -> new BusinessRuleException("twofactor.error.notStarted"));
        if (factor.isEnabled()) {
            throw new BusinessRuleException("twofactor.error.alreadyEnabled");
        }
        OptionalLong step = Totp.matchingStep(secret(factor), code, clock.instant(), factor.getLastUsedStep());
        if (step.isEmpty()) {
            throw new BusinessRuleException("twofactor.error.wrongCode");
        }
        factor.enable(step.getAsLong(), clock.instant());
        audit.record("SECOND_FACTOR_ENABLED", "User", userId, "authenticator app (TOTP)");
        return newRecoveryCodes(userId);
    }

    /** Checks an authenticator code or, failing that, a recovery code (which is then used up). */
    @Transactional
    String verify(long userId, String code) {
        SecondFactor factor = factors.findById(userId).filter(SecondFactor::isEnabled).orElse(null);
        if (factor == null) {
            return null;
        }
        if (matchesTotp(factor, code)) {
            return "authenticator";
        }
        return useRecoveryCode(userId, code) ? "recovery code" : null;
    }

    private boolean matchesTotp(SecondFactor factor, String code) {
        OptionalLong step = Totp.matchingStep(secret(factor), code, clock.instant(), factor.getLastUsedStep());
        step.ifPresent(factor::used);
        return step.isPresent();
    }

    private void useTotp(SecondFactor factor, String code) {
        if (!matchesTotp(factor, code)) {
            throw new BusinessRuleException("twofactor.error.wrongCode");
        }
    }

    private boolean useRecoveryCode(long userId, String code) {
        String normalized = normalizeRecoveryCode(code);
        if (normalized.length() < 10) {
            return false;
        }
        for (RecoveryCode stored : recoveryCodes.findByUserIdAndUsedAtIsNull(userId)) {
            if (encoder.matches(normalized, stored.getCodeHash())) {
                stored.use(clock.instant());
                audit.record("RECOVERY_CODE_USED", "User", userId, "codes left: "
                        + (recoveryCodes.findByUserIdAndUsedAtIsNull(userId).size() - 1));
                return true;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(long userId) {
        recoveryCodes.deleteAllOf(userId);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            recoveryCodes.save(new RecoveryCode(userId, encoder.encode(code.toString())));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    private SecondFactor enabledFactor(long userId) {
        return factors.findById(userId).filter(SecondFactor::isEnabled)
                .orElseThrow(() -> new BusinessRuleException("twofactor.error.notEnabled"));
    }

    private void remove(long userId) {
        recoveryCodes.deleteAllOf(userId);
        factors.findById(userId).ifPresent(factors::delete);
    }

    private byte[] secret(SecondFactor factor) {
        return cipher.decrypt(factor.getSecret(), context(factor.getUserId()));
    }

    private static String context(long userId) {
        return "totp:" + userId;
    }

    static String normalizeRecoveryCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
